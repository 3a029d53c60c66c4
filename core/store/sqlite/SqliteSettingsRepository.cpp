#include "SqliteSettingsRepository.h"

#include <Poco/Data/Binding.h>

namespace gp::store {

using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

std::optional<std::string> SqliteSettingsRepository::get(const std::string& key) {
    std::string value;
    Poco::Data::Statement st(db_.session());
    st << "SELECT value FROM settings WHERE key = ?", bind(key), into(value);
    if (st.execute() == 0) {
        return std::nullopt;
    }
    return value;
}

void SqliteSettingsRepository::set(const std::string& key, const std::string& value) {
    db_.session() << "INSERT INTO settings(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        bind(key), bind(value), now;
}

} // namespace gp::store
