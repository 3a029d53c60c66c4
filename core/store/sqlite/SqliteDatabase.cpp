#include "SqliteDatabase.h"

#include <Poco/Data/SQLite/SessionImpl.h>
#include <Poco/Data/SQLite/Utility.h>

#include <array>
#include <cstring>
#include <fstream>
#include <sqlite3.h>
#include <stdexcept>

namespace gp::store {
namespace {

Poco::Data::Session openSession(const std::filesystem::path& file) {
    // The session is made directly, not through Poco's connector registry, so no global state.
    return Poco::Data::Session(new Poco::Data::SQLite::SessionImpl(file.string()));
}

} // namespace

SqliteDatabase::SqliteDatabase(const std::filesystem::path& file)
    : file_(file), session_(openSession(file)) {
    sqlite3_busy_timeout(handle(), 15000);
    exec("PRAGMA foreign_keys = ON");
    // 16 KB pages (takes effect when the file is created): fewer page splits in the indexes
    // of a 100,000-student roster.
    exec("PRAGMA page_size = 16384");
    exec("PRAGMA journal_mode = WAL");
    // FULL: a committed decision survives a power cut, not only a crash.
    exec("PRAGMA synchronous = FULL");
    // 64 MB of page cache: a 100,000-student roster updates six indexes per row.
    exec("PRAGMA cache_size = -65536");
    exec("PRAGMA temp_store = MEMORY");
}

sqlite3* SqliteDatabase::handle() {
    return Poco::Data::SQLite::Utility::dbHandle(session_);
}

void SqliteDatabase::exec(const std::string& sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(handle(), sql.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error != nullptr ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        Poco::Data::SQLite::Utility::throwException(handle(), rc, message);
    }
}

int SqliteDatabase::userVersion() {
    int version = 0;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle(), "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            version = sqlite3_column_int(stmt, 0);
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_ROW) {
            Poco::Data::SQLite::Utility::throwException(handle(), rc, "reading user_version");
        }
        return version;
    }
    const int rc = sqlite3_errcode(handle());
    Poco::Data::SQLite::Utility::throwException(handle(), rc, "reading user_version");
    return version;
}

void SqliteDatabase::rollback() {
    if (inTransaction()) {
        sqlite3_exec(handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

bool SqliteDatabase::inTransaction() {
    return sqlite3_get_autocommit(handle()) == 0;
}

std::int64_t SqliteDatabase::lastInsertId() {
    return sqlite3_last_insert_rowid(handle());
}

SqliteDatabase::Savepoint::Savepoint(SqliteDatabase& db) : db_(db) {
    db_.exec("SAVEPOINT write_unit");
}

SqliteDatabase::Savepoint::~Savepoint() {
    if (!released_) {
        sqlite3_exec(db_.handle(), "ROLLBACK TO write_unit; RELEASE write_unit", nullptr, nullptr,
                     nullptr);
    }
}

void SqliteDatabase::Savepoint::release() {
    db_.exec("RELEASE write_unit");
    released_ = true;
}

int headerUserVersion(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::array<unsigned char, 64> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    if (in.gcount() < 64) {
        return 0;
    }
    return static_cast<int>((static_cast<std::uint32_t>(header[60]) << 24) |
                            (static_cast<std::uint32_t>(header[61]) << 16) |
                            (static_cast<std::uint32_t>(header[62]) << 8) | header[63]);
}

bool looksLikeSqlite(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return false;
    }
    std::array<char, 16> header{};
    in.read(header.data(), header.size());
    if (in.gcount() == 0) {
        return true;
    }
    return in.gcount() == 16 && std::memcmp(header.data(), "SQLite format 3", 16) == 0;
}

} // namespace gp::store
