// A workspace: one collection campaign in one folder. Opening it checks the folder, the
// database and the schema, brings an older schema forward, and starts the workspace log.
#pragma once

#include "../common/Clock.h"
#include "../common/WorkspaceLog.h"
#include "PhotoStore.h"
#include "WorkspaceLayout.h"
#include "WorkspaceStore.h"

#include <filesystem>
#include <memory>
#include <string>

namespace gp::store {

struct NewWorkspace {
    std::string name;      ///< shown in the console's title; defaults to the folder's name
    std::string profileId; ///< the photo-spec profile the checks use
    std::string createdBy; ///< program and version that created it
};

class Workspace {
public:
    /// Creates a workspace in dir, which must not exist or be empty. It is built in a hidden
    /// folder beside dir and renamed into place, so a killed init leaves no half-made
    /// workspace and two inits of the same folder cannot both succeed. Throws UserError.
    static std::unique_ptr<Workspace> create(const std::filesystem::path& dir,
                                             const NewWorkspace& options, const Clock& clock);
    /// Opens an existing workspace. Throws WorkspaceOpenError or SchemaTooNewError.
    static std::unique_ptr<Workspace> open(const std::filesystem::path& dir, const Clock& clock);

    ~Workspace();

    WorkspaceStore& store() { return *store_; }
    PhotoStore& photos() { return *photos_; }
    const WorkspaceLayout& layout() const { return layout_; }
    Poco::Logger& log() { return log_->logger(); }
    const Clock& clock() const { return clock_; }

    std::string name();
    std::string profileId();

    /// Settings keys written at creation.
    static constexpr const char* kNameKey = "workspace.name";
    static constexpr const char* kProfileKey = "workspace.profile";
    static constexpr const char* kCreatedAtKey = "workspace.created_at";
    static constexpr const char* kCreatedByKey = "workspace.created_by";

    /// The folder's own name, also for "dir/" and "." ("" only for the root).
    static std::string folderName(const std::filesystem::path& dir);

private:
    Workspace(WorkspaceLayout layout, const Clock& clock);
    enum class Schema { MustExist, Create };
    void connect(Schema schema);

    WorkspaceLayout layout_;
    const Clock& clock_;
    std::unique_ptr<WorkspaceStore> store_;
    std::unique_ptr<PhotoStore> photos_;
    std::unique_ptr<WorkspaceLog> log_;
};

} // namespace gp::store
