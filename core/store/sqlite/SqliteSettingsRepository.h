#pragma once

#include "../SettingsRepository.h"
#include "SqliteDatabase.h"

namespace gp::store {

class SqliteSettingsRepository final : public SettingsRepository {
public:
    explicit SqliteSettingsRepository(SqliteDatabase& db) : db_(db) {}

    std::optional<std::string> get(const std::string& key) override;
    void set(const std::string& key, const std::string& value) override;

private:
    SqliteDatabase& db_;
};

} // namespace gp::store
