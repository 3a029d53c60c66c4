#include "Workspace.h"

#include "SchemaError.h"
#include "Transaction.h"
#include "sqlite/SchemaMigrator.h"
#include "sqlite/SqliteStore.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/SQLite/SQLiteException.h>

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

void Workspace::connect() {
    const auto dbFile = layout_.database();
    if (fs::exists(dbFile) && !looksLikeSqlite(dbFile)) {
        throw notADatabase(dbFile, "it does not start with the SQLite header");
    }
    std::unique_ptr<SqliteStore> sqlite;
    try {
        sqlite = std::make_unique<SqliteStore>(dbFile);
        SchemaMigrator(workspaceMigrations()).migrate(sqlite->database());
    } catch (const SchemaTooNewError&) {
        throw;
    } catch (const Poco::Data::SQLite::DBLockedException& e) {
        throw WorkspaceOpenError("The workspace " + layout_.root.string() +
                                     " is locked by another program: " + e.displayText(),
                                 "Close the other program, or wait for its import to finish.");
    } catch (const Poco::Data::SQLite::ReadOnlyException& e) {
        throw WorkspaceOpenError("The workspace " + layout_.root.string() +
                                     " cannot be written: " + e.displayText(),
                                 "Ask for write permission on the folder, or copy it to one "
                                 "you may write to.");
    } catch (const Poco::Data::SQLite::CantOpenDBFileException& e) {
        throw WorkspaceOpenError("Cannot open " + dbFile.string() + ": " + e.displayText(),
                                 "Check that you may read and write the workspace folder.");
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
    WorkspaceLayout layout{fs::absolute(dir).lexically_normal()};
    if (!fs::exists(layout.database())) {
        throw WorkspaceOpenError(dir.string() + " is not a GradPhoto workspace: it has no "
                                                "workspace.db.",
                                 "Give the folder that holds workspace.db, or create a "
                                 "workspace with: gradphoto-cli init DIR");
    }
    std::unique_ptr<Workspace> ws(new Workspace(std::move(layout), clock));
    ws->connect();
    const auto removed = ws->photos().removeAbandonedTemporaries(std::chrono::hours(1));
    ws->log().information("opened workspace (schema %d)%s", ws->store().schemaVersion(),
                          std::string(removed > 0 ? "; removed " + std::to_string(removed) +
                                                        " abandoned temporary photo file(s)"
                                                  : ""));
    return ws;
}

std::unique_ptr<Workspace> Workspace::create(const fs::path& dir, const NewWorkspace& options,
                                             const Clock& clock) {
    if (fs::exists(dir / "workspace.db")) {
        throw UserError(dir.string() + " is already a workspace.",
                        "Open it instead, e.g.: gradphoto-cli -w " + dir.string() + " info");
    }
    if (fs::exists(dir) && !isEmptyFolder(dir)) {
        throw UserError(dir.string() + " exists and is not an empty folder.",
                        "Choose a new folder (it will be created) or an empty one.");
    }
    const bool madeFolder = !fs::exists(dir);
    WorkspaceLayout layout{fs::absolute(dir).lexically_normal()};
    try {
        fs::create_directories(layout.root);
        for (const auto& sub : {layout.photos(), layout.exports(), layout.logs()}) {
            fs::create_directory(sub);
        }
    } catch (const fs::filesystem_error& e) {
        throw UserError("Cannot create the workspace folder " + dir.string() + ": " +
                            e.code().message() + ".",
                        "Choose a folder you may write to.");
    }
    try {
        std::unique_ptr<Workspace> ws(new Workspace(layout, clock));
        ws->connect();
        Transaction tx(ws->store());
        auto& settings = ws->store().settings();
        settings.set(kNameKey,
                     options.name.empty() ? layout.root.filename().string() : options.name);
        settings.set(kProfileKey, options.profileId);
        settings.set(kCreatedAtKey, clock.nowIso());
        settings.set(kCreatedByKey, options.createdBy);
        tx.commit();
        ws->log().information("created workspace with profile %s", options.profileId);
        return ws;
    } catch (...) {
        // Leave nothing half-made behind.
        std::error_code ignored;
        if (madeFolder) {
            fs::remove_all(layout.root, ignored);
        } else {
            for (const auto& entry : fs::directory_iterator(layout.root, ignored)) {
                fs::remove_all(entry.path(), ignored);
            }
        }
        throw;
    }
}

std::string Workspace::name() {
    return store_->settings().get(kNameKey).value_or("");
}

std::string Workspace::profileId() {
    return store_->settings().get(kProfileKey).value_or("");
}

} // namespace gp::store
