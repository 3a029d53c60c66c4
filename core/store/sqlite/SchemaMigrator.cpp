#include "SchemaMigrator.h"

#include "../SchemaError.h"

#include <Poco/Data/Binding.h>

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

int SchemaMigrator::migrate(SqliteDatabase& db) const {
    requireNotNewer(db);
    if (db.userVersion() == latestVersion()) {
        return 0; // current: no write lock taken, so a read-only copy opens too
    }
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
