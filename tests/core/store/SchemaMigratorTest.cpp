#include "core/store/sqlite/SchemaMigrator.h"

#include "core/store/Migration.h"
#include "core/store/SchemaError.h"
#include "core/store/sqlite/SqliteDatabase.h"
#include "tests/support/TempDir.h"

#include <Poco/Data/SQLite/SQLiteException.h>
#include <gtest/gtest.h>

namespace gp::store {
namespace {

using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

int tableCount(SqliteDatabase& db, const std::string& name) {
    int n = 0;
    db.session() << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name +
                        "'",
        into(n), now;
    return n;
}

TEST(SchemaMigrator, CreatesTheWholeSchemaFromEmpty) {
    test::TempDir tmp;
    SqliteDatabase db(tmp / "w.db");
    EXPECT_EQ(db.userVersion(), 0);
    const SchemaMigrator migrator(workspaceMigrations());
    EXPECT_EQ(migrator.migrate(db), migrator.latestVersion());
    EXPECT_EQ(db.userVersion(), migrator.latestVersion());
    for (const auto* table :
         {"settings", "schema_log", "centers", "students", "photo_versions", "reference_photos",
          "check_runs", "check_results", "face_descriptors", "face_comparisons", "decisions",
          "decision_reasons", "batches", "batch_members"}) {
        EXPECT_EQ(tableCount(db, table), 1) << table;
    }
    EXPECT_EQ(migrator.migrate(db), 0) << "a second run has nothing to do";
}

// Later migrations: a test migration list stands in for the program's future ones.
const char* const kAddNote = "ALTER TABLE centers ADD COLUMN note TEXT NOT NULL DEFAULT '';";

TEST(SchemaMigrator, BringsAnOlderWorkspaceForwardKeepingItsData) {
    test::TempDir tmp;
    SqliteDatabase db(tmp / "w.db");
    const auto v1 = workspaceMigrations();
    SchemaMigrator(v1).migrate(db);
    db.exec("INSERT INTO centers(name) VALUES ('西安教学点')");

    std::vector<Migration> v2(v1.begin(), v1.end());
    v2.push_back({static_cast<int>(v1.size()) + 1, "center notes", kAddNote});
    EXPECT_EQ(SchemaMigrator(v2).migrate(db), 1);
    EXPECT_EQ(db.userVersion(), static_cast<int>(v2.size()));
    std::string name, note = "unset";
    db.session() << "SELECT name, note FROM centers", into(name), into(note), now;
    EXPECT_EQ(name, "西安教学点");
    EXPECT_EQ(note, "");
}

TEST(SchemaMigrator, AFailingMigrationChangesNothing) {
    test::TempDir tmp;
    SqliteDatabase db(tmp / "w.db");
    const auto v1 = workspaceMigrations();
    SchemaMigrator(v1).migrate(db);
    std::vector<Migration> bad(v1.begin(), v1.end());
    bad.push_back({static_cast<int>(v1.size()) + 1, "broken",
                   "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);"});
    EXPECT_ANY_THROW(SchemaMigrator(bad).migrate(db));
    EXPECT_EQ(db.userVersion(), static_cast<int>(v1.size()));
    EXPECT_EQ(tableCount(db, "half_done"), 0);
}

TEST(SchemaMigrator, RefusesANewerDatabase) {
    test::TempDir tmp;
    SqliteDatabase db(tmp / "w.db");
    SchemaMigrator(workspaceMigrations()).migrate(db);
    db.exec("PRAGMA user_version = 7");
    EXPECT_THROW(SchemaMigrator(workspaceMigrations()).migrate(db), SchemaTooNewError);
    EXPECT_EQ(db.userVersion(), 7);
}

TEST(SchemaMigrator, RejectsGapsInNumbering) {
    const Migration gap[] = {{1, "a", "SELECT 1;"}, {3, "c", "SELECT 1;"}};
    EXPECT_THROW(SchemaMigrator{gap}, std::logic_error);
}

} // namespace
} // namespace gp::store
