#include "PreparedStatement.h"

#include <Poco/Data/SQLite/Utility.h>

#include <sqlite3.h>

namespace gp::store {

PreparedStatement::PreparedStatement(SqliteDatabase& db, const std::string& sql) : db_(db) {
    const int rc = sqlite3_prepare_v3(db_.handle(), sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT,
                                      &stmt_, nullptr);
    if (rc != SQLITE_OK) {
        Poco::Data::SQLite::Utility::throwException(db_.handle(), rc, sql);
    }
}

PreparedStatement::~PreparedStatement() {
    sqlite3_finalize(stmt_);
}

PreparedStatement& PreparedStatement::bind(int index, const std::string& text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    return *this;
}

PreparedStatement& PreparedStatement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

void PreparedStatement::run() {
    const int rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        Poco::Data::SQLite::Utility::throwException(db_.handle(), rc, sqlite3_errmsg(db_.handle()));
    }
}

bool PreparedStatement::next() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    if (rc != SQLITE_DONE) {
        Poco::Data::SQLite::Utility::throwException(db_.handle(), rc, sqlite3_errmsg(db_.handle()));
    }
    return false;
}

std::string PreparedStatement::text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    if (p == nullptr) {
        return {};
    }
    return std::string(reinterpret_cast<const char*>(p),
                       static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::int64_t PreparedStatement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

} // namespace gp::store
