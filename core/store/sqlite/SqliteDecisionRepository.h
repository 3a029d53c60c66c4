#pragma once

#include "../DecisionRepository.h"
#include "SqliteDatabase.h"

namespace gp::store {

class SqliteDecisionRepository final : public DecisionRepository {
public:
    explicit SqliteDecisionRepository(SqliteDatabase& db) : db_(db) {}

    domain::DecisionId append(domain::Decision& decision) override;
    std::optional<domain::Decision> byId(domain::DecisionId id) override;
    std::vector<domain::Decision> historyOf(domain::StudentId student) override;
    std::size_t count() override;

private:
    std::vector<domain::Decision> select(const std::string& where, Poco::Int64 key);
    SqliteDatabase& db_;
};

} // namespace gp::store
