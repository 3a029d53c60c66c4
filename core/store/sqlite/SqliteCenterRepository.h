#pragma once

#include "../CenterRepository.h"
#include "SqliteDatabase.h"

namespace gp::store {

class SqliteCenterRepository final : public CenterRepository {
public:
    explicit SqliteCenterRepository(SqliteDatabase& db) : db_(db) {}

    domain::CenterId add(domain::Center& center) override;
    void update(const domain::Center& center) override;
    std::optional<domain::Center> byId(domain::CenterId id) override;
    std::optional<domain::Center> byName(const std::string& name) override;
    std::vector<domain::Center> all() override;
    std::size_t count() override;

private:
    std::vector<domain::Center> select(const std::string& where, const std::string& key);
    SqliteDatabase& db_;
};

} // namespace gp::store
