// Brings a workspace database forward to the newest schema this program knows, one migration
// at a time, each in its own transaction. Never goes backwards.
#pragma once

#include "../Migration.h"
#include "SqliteDatabase.h"

#include <span>

namespace gp::store {

class SchemaMigrator {
public:
    explicit SchemaMigrator(std::span<const Migration> migrations);

    int latestVersion() const;
    /// Applies the pending migrations; returns how many ran. Throws SchemaTooNewError when the
    /// database's version is newer than latestVersion(). Before changing a database that
    /// already holds a schema, copies it to workspace.db.before-schema-N beside it. Foreign keys
    /// are off while a migration runs (so it may rebuild a table) and checked before it commits.
    int migrate(SqliteDatabase& db) const;
    /// Throws SchemaTooNewError when the database is newer than this program.
    void requireNotNewer(SqliteDatabase& db) const;

private:
    std::span<const Migration> migrations_;
};

} // namespace gp::store
