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
          "decision_reasons", "batches", "batch_members", "duplicate_flags"}) {
        EXPECT_EQ(tableCount(db, table), 1) << table;
    }
    EXPECT_EQ(migrator.migrate(db), 0) << "a second run has nothing to do";
}

TEST(SchemaMigrator, Migration2AddsDuplicateFlagsToAVersion1Workspace) {
    test::TempDir tmp;
    SqliteDatabase db(tmp / "w.db");
    SchemaMigrator(workspaceMigrations().first(1)).migrate(db);
    EXPECT_EQ(db.userVersion(), 1);
    EXPECT_EQ(tableCount(db, "duplicate_flags"), 0);
    db.exec("INSERT INTO centers(name) VALUES ('西安教学点')");
    EXPECT_EQ(SchemaMigrator(workspaceMigrations()).migrate(db),
              static_cast<int>(workspaceMigrations().size()) - 1);
    EXPECT_GE(db.userVersion(), 2);
    EXPECT_EQ(tableCount(db, "duplicate_flags"), 1);
    std::string name;
    db.session() << "SELECT name FROM centers", into(name), now;
    EXPECT_EQ(name, "西安教学点");
    EXPECT_TRUE(std::filesystem::exists(tmp / "w.db.before-schema-2"));
    // A flag must name two different students of the right kind.
    EXPECT_ANY_THROW(db.exec("INSERT INTO duplicate_flags(student_id, other_student_id, kind, "
                             "photo_version_id, other_photo_version_id, found_at) "
                             "VALUES (1, 1, 'same_face', 1, 1, 'now')"));
}

TEST(SchemaMigrator, Migration3KeepsComparisonsAndAcceptsUnreadableStates) {
    test::TempDir tmp;
    SqliteDatabase db(tmp / "w.db");
    SchemaMigrator(workspaceMigrations().first(2)).migrate(db);
    const std::string sha(64, 'a');
    db.exec("INSERT INTO students(id, student_no, name) VALUES (1, '2021001', '张三')");
    db.exec("INSERT INTO photo_versions(id, student_id, version, sha256, source_name, byte_size, "
            "imported_at) VALUES (3, 1, 1, '" +
            sha + "', 'a.jpg', 10, 't')");
    db.exec("INSERT INTO reference_photos(id, student_id, kind, sha256, source_name, byte_size, "
            "imported_at) VALUES (4, 1, 'enrollment', '" +
            sha + "', 'e.jpg', 10, 't')");
    db.exec("INSERT INTO face_comparisons(id, photo_version_id, reference_photo_id, model_id, "
            "state, distance, similarity, outcome, computed_at) "
            "VALUES (7, 3, 4, 'm', 'compared', 0.41, 78.5, 'match', 't')");
    const std::string unreadable =
        "INSERT INTO face_comparisons(photo_version_id, reference_photo_id, model_id, state, "
        "computed_at) VALUES (3, NULL, 'm', 'unreadable_submission', 't')";
    EXPECT_ANY_THROW(db.exec(unreadable)) << "schema 2 does not know the state";
    EXPECT_EQ(SchemaMigrator(workspaceMigrations()).migrate(db),
              static_cast<int>(workspaceMigrations().size()) - 2);
    EXPECT_GE(db.userVersion(), 3);
    double distance = 0;
    std::string state, note = "unset";
    db.session() << "SELECT state, distance, note FROM face_comparisons WHERE id = 7", into(state),
        into(distance), into(note), now;
    EXPECT_EQ(state, "compared");
    EXPECT_DOUBLE_EQ(distance, 0.41);
    EXPECT_EQ(note, "");
    db.exec(unreadable);
    int indexes = 0;
    db.session() << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                    "('face_comparisons_pair', 'face_comparisons_reference')",
        into(indexes), now;
    EXPECT_EQ(indexes, 2);
    EXPECT_ANY_THROW(db.exec("INSERT INTO face_comparisons(photo_version_id, model_id, state, "
                             "computed_at) VALUES (3, 'm', 'unreadable_submission', 't')"))
        << "the pair index is back: one row per (photo, reference, model)";
}

// Later migrations: a test migration list stands in for the program's future ones.
const char* const kAddNote = "ALTER TABLE centers ADD COLUMN note TEXT NOT NULL DEFAULT '';";

TEST(SchemaMigrator, Migration4KeepsCheckResultsWithAnEmptyLimitJson) {
    test::TempDir tmp;
    SqliteDatabase db(tmp / "w.db");
    SchemaMigrator(workspaceMigrations().first(3)).migrate(db);
    const std::string sha(64, 'a');
    db.exec("INSERT INTO students(id, student_no, name) VALUES (1, '2021001', '张三')");
    db.exec("INSERT INTO photo_versions(id, student_id, version, sha256, source_name, byte_size, "
            "imported_at) VALUES (3, 1, 1, '" +
            sha + "', 'a.jpg', 10, 't')");
    db.exec("INSERT INTO check_runs(id, photo_version_id, profile_id, profile_version, "
            "engine_version, verdict, started_at, finished_at) "
            "VALUES (5, 3, 'chsi-2017', 1, 'e', 'fail', 't', 't')");
    db.exec("INSERT INTO check_results(run_id, position, check_id, verdict, limit_text) "
            "VALUES (5, 0, 'framing.head_top', 'fail', '50–110 px')");
    EXPECT_ANY_THROW(db.exec("SELECT limit_json FROM check_results"))
        << "schema 3 has no limit_json";
    EXPECT_EQ(SchemaMigrator(workspaceMigrations()).migrate(db),
              static_cast<int>(workspaceMigrations().size()) - 3);
    EXPECT_GE(db.userVersion(), 4);
    std::string limitText, limitJson = "unset";
    db.session() << "SELECT limit_text, limit_json FROM check_results WHERE run_id = 5",
        into(limitText), into(limitJson), now;
    EXPECT_EQ(limitText, "50–110 px");
    EXPECT_EQ(limitJson, "");
}

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

// A migration may rebuild a table other tables refer to (the only way SQLite changes a CHECK).
const char* const kRebuildCenters = R"SQL(
CREATE TABLE centers_new (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, contact TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '');
INSERT INTO centers_new(id, name, contact, phone, email, address, postcode)
    SELECT id, name, contact, phone, email, address, postcode FROM centers;
DROP TABLE centers;
ALTER TABLE centers_new RENAME TO centers;
)SQL";

TEST(SchemaMigrator, ATableRebuildKeepsReferencesAndACopyIsKept) {
    test::TempDir tmp;
    SqliteDatabase db(tmp / "workspace.db");
    db.exec("PRAGMA foreign_keys = ON");
    const auto v1 = workspaceMigrations();
    SchemaMigrator(v1).migrate(db);
    db.exec("INSERT INTO centers(id, name) VALUES (7, '西安')");
    db.exec("INSERT INTO students(student_no, name, center_id) VALUES ('1', '甲', 7)");

    std::vector<Migration> v2(v1.begin(), v1.end());
    v2.push_back({static_cast<int>(v1.size()) + 1, "rebuild centers", kRebuildCenters});
    ASSERT_EQ(SchemaMigrator(v2).migrate(db), 1);
    int center = 0;
    db.session() << "SELECT center_id FROM students", into(center), now;
    EXPECT_EQ(center, 7);
    const auto copy = tmp / ("workspace.db.before-schema-" + std::to_string(v2.size()));
    EXPECT_TRUE(std::filesystem::exists(copy)) << "a copy of the workspace before migrating";
    SqliteDatabase old(copy);
    EXPECT_EQ(old.userVersion(), static_cast<int>(v1.size()));
    int fk = 0;
    db.session() << "PRAGMA foreign_keys", into(fk), now;
    EXPECT_EQ(fk, 1) << "foreign keys are on again";
}

TEST(SchemaMigrator, AMigrationThatBreaksReferencesIsRolledBack) {
    test::TempDir tmp;
    SqliteDatabase db(tmp / "workspace.db");
    const auto v1 = workspaceMigrations();
    SchemaMigrator(v1).migrate(db);
    db.exec("INSERT INTO centers(id, name) VALUES (7, '西安')");
    db.exec("INSERT INTO students(student_no, name, center_id) VALUES ('1', '甲', 7)");
    std::vector<Migration> bad(v1.begin(), v1.end());
    bad.push_back(
        {static_cast<int>(v1.size()) + 1, "drops a center in use", "DELETE FROM centers;"});
    EXPECT_ANY_THROW(SchemaMigrator(bad).migrate(db));
    EXPECT_EQ(db.userVersion(), static_cast<int>(v1.size()));
    int centers = 0;
    db.session() << "SELECT COUNT(*) FROM centers", into(centers), now;
    EXPECT_EQ(centers, 1);
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
