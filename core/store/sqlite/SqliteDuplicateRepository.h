#pragma once

#include "../DuplicateRepository.h"
#include "SqliteDatabase.h"

namespace gp::store {

class SqliteDuplicateRepository final : public DuplicateRepository {
public:
    explicit SqliteDuplicateRepository(SqliteDatabase& db) : db_(db) {}

    void replaceAll(const std::vector<domain::DuplicateFlag>& flags) override;
    std::vector<domain::DuplicateFlag> of(domain::StudentId student) override;
    std::set<domain::StudentId> flaggedStudents() override;
    std::size_t count() override;

private:
    SqliteDatabase& db_;
};

} // namespace gp::store
