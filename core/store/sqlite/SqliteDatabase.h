// One connection to a workspace's SQLite file through Poco::Data: WAL journal, foreign keys on,
// a busy timeout so that a second process waits instead of failing.
#pragma once

#include <Poco/Data/Session.h>

#include <filesystem>
#include <string>

struct sqlite3;

namespace gp::store {

class SqliteDatabase {
public:
    /// Opens (and, if it does not exist, creates) the database file.
    explicit SqliteDatabase(const std::filesystem::path& file);

    Poco::Data::Session& session() { return session_; }
    sqlite3* handle();
    const std::filesystem::path& file() const { return file_; }

    /// Runs one or more SQL statements that return no rows.
    void exec(const std::string& sql);
    /// PRAGMA user_version: the schema version the file holds.
    int userVersion();

    /// A write transaction that takes the write lock at once (BEGIN IMMEDIATE).
    void beginWrite() { exec("BEGIN IMMEDIATE"); }
    /// A read transaction: every read inside it sees the same snapshot.
    void beginRead() { exec("BEGIN DEFERRED"); }
    void commit() { exec("COMMIT"); }
    void rollback();
    bool inTransaction();

    /// The rowid of the last row this connection inserted.
    std::int64_t lastInsertId();

    /// Makes a multi-statement write atomic whether or not a transaction is open: everything
    /// between construction and release() is undone if release() is not reached.
    class Savepoint {
    public:
        explicit Savepoint(SqliteDatabase& db);
        ~Savepoint();
        Savepoint(const Savepoint&) = delete;
        Savepoint& operator=(const Savepoint&) = delete;
        void release();

    private:
        SqliteDatabase& db_;
        bool released_ = false;
    };

private:
    std::filesystem::path file_;
    Poco::Data::Session session_;
};

/// True when the file starts with SQLite's header (or is empty, which SQLite treats as a new
/// database).
bool looksLikeSqlite(const std::filesystem::path& file);

/// The user_version field of the file's header (offset 60), read without opening it as a
/// database, so that a file that is not ours is never touched; 0 for an empty file.
int headerUserVersion(const std::filesystem::path& file);

} // namespace gp::store
