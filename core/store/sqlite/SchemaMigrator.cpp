#include "SchemaMigrator.h"

#include "../SchemaError.h"

#include <Poco/Data/Binding.h>

#include <filesystem>
#include <sqlite3.h>
#include <stdexcept>
#include <string>

namespace gp::store {

using Poco::Data::Keywords::now;
using Poco::Data::Keywords::use;

SchemaMigrator::SchemaMigrator(std::span<const Migration> migrations) : migrations_(migrations) {
    for (std::size_t i = 0; i < migrations_.size(); ++i) {
        if (migrations_[i].version != static_cast<int>(i) + 1) {
            throw std::logic_error("migrations must be numbered 1, 2, 3, ... without gaps");
        }
    }
}

int SchemaMigrator::latestVersion() const {
    return static_cast<int>(migrations_.size());
}

void SchemaMigrator::requireNotNewer(SqliteDatabase& db) const {
    const int version = db.userVersion();
    if (version > latestVersion()) {
        throw SchemaTooNewError(
            "The workspace " + db.file().parent_path().string() + " has schema version " +
                std::to_string(version) + ", but this program knows schema versions up to " +
                std::to_string(latestVersion()) + ". It was written by a newer GradPhoto Console.",
            "Update GradPhoto Console before opening this workspace; it was not changed.");
    }
}

namespace {

void requireForeignKeysIntact(SqliteDatabase& db, int version) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db.handle(), "PRAGMA foreign_key_check", -1, &stmt, nullptr);
    const bool broken = stmt != nullptr && sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    if (broken) {
        throw std::runtime_error("schema migration " + std::to_string(version) +
                                 " would break foreign keys; it was rolled back");
    }
}

} // namespace

int SchemaMigrator::migrate(SqliteDatabase& db) const {
    requireNotNewer(db);
    if (db.userVersion() == latestVersion()) {
        return 0; // current: no write lock taken, so a read-only copy opens too
    }
    const int from = db.userVersion();
    if (from > 0) {
        // A copy of the workspace as it was, in case a migration surprises anyone.
        const auto backup = db.file().string() + ".before-schema-" + std::to_string(from + 1);
        std::error_code ignored;
        std::filesystem::remove(backup, ignored);
        db.exec("VACUUM INTO '" + backup + "'");
    }
    // Foreign keys cannot be switched inside a transaction; off for the migrations, on again
    // after, and checked by each migration before it commits.
    db.exec("PRAGMA foreign_keys = OFF");
    struct ForeignKeysBackOn {
        SqliteDatabase& db;
        ~ForeignKeysBackOn() { db.exec("PRAGMA foreign_keys = ON"); }
    } restore{db};
    int applied = 0;
    for (const auto& migration : migrations_) {
        db.beginWrite();
        try {
            // Read again inside the write lock: another process may have migrated meanwhile.
            if (db.userVersion() >= migration.version) {
                db.rollback();
                continue;
            }
            db.exec(std::string(migration.sql));
            requireForeignKeysIntact(db, migration.version);
            std::string description(migration.description);
            int version = migration.version;
            db.session() << "INSERT INTO schema_log(version, description) VALUES (?, ?)",
                use(version), use(description), now;
            db.exec("PRAGMA user_version = " + std::to_string(migration.version));
            db.commit();
            ++applied;
        } catch (...) {
            db.rollback();
            throw;
        }
    }
    return applied;
}

} // namespace gp::store
