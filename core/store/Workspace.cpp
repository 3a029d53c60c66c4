#include "Workspace.h"

#include "../common/AtomicFile.h"
#include "SchemaError.h"
#include "Transaction.h"
#include "sqlite/SchemaMigrator.h"
#include "sqlite/SqliteStore.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/SQLite/SQLiteException.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace gp::store {

namespace fs = std::filesystem;

namespace {

WorkspaceOpenError notADatabase(const fs::path& file, const std::string& detail) {
    return WorkspaceOpenError(
        file.string() + " is not a usable SQLite database (" + detail +
            "). The file may be damaged or replaced by another file.",
        "Restore workspace.db from your backup. The photo originals in photos/ are untouched.");
}

bool isEmptyFolder(const fs::path& dir) {
    return fs::is_directory(dir) && fs::is_empty(dir);
}

} // namespace

Workspace::Workspace(WorkspaceLayout layout, const Clock& clock)
    : layout_(std::move(layout)), clock_(clock) {}

Workspace::~Workspace() = default;

void Workspace::connect(Schema schema) {
    const auto dbFile = layout_.database();
    if (fs::exists(dbFile) && !looksLikeSqlite(dbFile)) {
        throw notADatabase(dbFile, "it does not start with the SQLite header");
    }
    if (schema == Schema::MustExist && headerUserVersion(dbFile) == 0) {
        // An empty file, or another program's database: never turned into a workspace behind
        // the user's back, and not even opened (opening would switch it to WAL mode).
        throw WorkspaceOpenError(dbFile.string() + " holds no GradPhoto workspace (the database "
                                                   "is empty or belongs to another program). It "
                                                   "was not changed.",
                                 "Restore workspace.db from your backup, or create a new "
                                 "workspace with: gradphoto-cli init DIR");
    }
    std::unique_ptr<SqliteStore> sqlite;
    try {
        sqlite = std::make_unique<SqliteStore>(dbFile);
        const SchemaMigrator migrator(workspaceMigrations());
        migrator.requireNotNewer(sqlite->database());
        migrator.migrate(sqlite->database());
    } catch (const UserError&) {
        throw;
    } catch (const Poco::Data::SQLite::DBLockedException& e) {
        throw WorkspaceOpenError("The workspace " + layout_.root.string() +
                                     " is locked by another program: " + e.displayText(),
                                 "Close the other program, or wait for its import to finish.");
    } catch (const Poco::Data::SQLite::ReadOnlyException& e) {
        throw WorkspaceOpenError("The workspace " + layout_.root.string() +
                                     " cannot be written: " + e.displayText(),
                                 "Ask for write permission on the folder, or copy the folder to "
                                 "a disk you may write to.");
    } catch (const Poco::Data::SQLite::CantOpenDBFileException& e) {
        throw WorkspaceOpenError("Cannot open " + dbFile.string() + ": " + e.displayText(),
                                 "Check that you may read and write the workspace folder; a "
                                 "workspace on read-only media must be copied to your disk first.");
    } catch (const Poco::Data::DataException& e) {
        throw notADatabase(dbFile, e.displayText());
    }
    store_ = std::move(sqlite);
    for (const auto& dir : {layout_.photos(), layout_.exports(), layout_.logs()}) {
        fs::create_directories(dir);
    }
    photos_ = std::make_unique<PhotoStore>(layout_.photos());
    log_ = std::make_unique<WorkspaceLog>(layout_.logs());
}

std::string Workspace::folderName(const fs::path& dir) {
    auto p = fs::absolute(dir).lexically_normal();
    if (p.filename().empty()) {
        p = p.parent_path();
    }
    return p.filename().string();
}

namespace {

fs::path normalizedRoot(const fs::path& dir) {
    auto p = fs::absolute(dir).lexically_normal();
    if (p.filename().empty() && p.has_parent_path() && p != p.root_path()) {
        p = p.parent_path();
    }
    return p;
}

} // namespace

std::unique_ptr<Workspace> Workspace::open(const fs::path& dir, const Clock& clock) {
    if (!fs::exists(dir)) {
        throw WorkspaceOpenError("There is no folder " + dir.string() + ".",
                                 "Check the path, or create a workspace there with: "
                                 "gradphoto-cli init " +
                                     dir.string());
    }
    if (!fs::is_directory(dir)) {
        throw WorkspaceOpenError(dir.string() + " is a file, not a workspace folder.",
                                 "Give the folder that holds workspace.db.");
    }
    WorkspaceLayout layout{normalizedRoot(dir)};
    if (!fs::exists(layout.database())) {
        throw WorkspaceOpenError(dir.string() + " is not a GradPhoto workspace: it has no "
                                                "workspace.db.",
                                 "Give the folder that holds workspace.db, or create a "
                                 "workspace with: gradphoto-cli init DIR");
    }
    std::unique_ptr<Workspace> ws(new Workspace(std::move(layout), clock));
    ws->connect(Schema::MustExist);
    const auto removed = ws->photos().removeAbandonedTemporaries(std::chrono::hours(1));
    ws->log().information("opened workspace (schema %d)%s", ws->store().schemaVersion(),
                          std::string(removed > 0 ? "; removed " + std::to_string(removed) +
                                                        " abandoned temporary photo file(s)"
                                                  : ""));
    return ws;
}

std::unique_ptr<Workspace> Workspace::create(const fs::path& dir, const NewWorkspace& options,
                                             const Clock& clock) {
    const auto root = normalizedRoot(dir);
    if (fs::exists(root / "workspace.db")) {
        throw UserError(dir.string() + " is already a workspace.",
                        "Open it instead, e.g.: gradphoto-cli -w " + dir.string() + " info");
    }
    if (fs::exists(root) && !isEmptyFolder(root)) {
        throw UserError(dir.string() + " exists and is not an empty folder.",
                        "Choose a new folder (it will be created) or an empty one.");
    }
    // Build the whole workspace in a hidden folder beside the target, then rename it in.
    fs::path building;
    try {
        fs::create_directories(root.parent_path());
        std::string pattern =
            (root.parent_path() / ("." + root.filename().string() + ".creating-XXXXXX")).string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw fs::filesystem_error("mkdtemp", root.parent_path(),
                                       std::error_code(errno, std::generic_category()));
        }
        building = pattern;
        fs::permissions(building, fs::perms::owner_all | fs::perms::group_read |
                                      fs::perms::group_exec | fs::perms::others_read |
                                      fs::perms::others_exec);
    } catch (const fs::filesystem_error& e) {
        throw UserError("Cannot create the workspace folder " + dir.string() + ": " +
                            e.code().message() + ".",
                        "Choose a folder you may write to.");
    }
    struct Cleanup {
        fs::path path;
        ~Cleanup() {
            std::error_code ignored;
            if (!path.empty()) {
                fs::remove_all(path, ignored);
            }
        }
    } cleanup{building};
    {
        WorkspaceLayout staged{building};
        for (const auto& sub : {staged.photos(), staged.exports(), staged.logs()}) {
            fs::create_directory(sub);
        }
        Workspace ws(staged, clock);
        ws.connect(Schema::Create);
        Transaction tx(ws.store());
        auto& settings = ws.store().settings();
        settings.set(kNameKey, options.name.empty() ? folderName(root) : options.name);
        settings.set(kProfileKey, options.profileId);
        settings.set(kCreatedAtKey, clock.nowIso());
        settings.set(kCreatedByKey, options.createdBy);
        tx.commit();
        ws.log().information("created workspace with profile %s", options.profileId);
    } // closed: the WAL is checkpointed into workspace.db
    syncDirectory(building);
    // rename() onto a missing or empty folder succeeds; onto one that another init filled
    // meanwhile, it fails and nothing of theirs is touched.
    if (::rename(building.c_str(), root.c_str()) != 0) {
        throw UserError(dir.string() + " was created by someone else meanwhile (" +
                            std::strerror(errno) + ").",
                        "Open it, or choose another folder.");
    }
    cleanup.path.clear();
    syncDirectory(root.parent_path());
    return open(root, clock);
}

std::string Workspace::name() {
    return store_->settings().get(kNameKey).value_or("");
}

std::string Workspace::profileId() {
    return store_->settings().get(kProfileKey).value_or("");
}

} // namespace gp::store
