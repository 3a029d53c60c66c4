// Checking a workspace's photos against its profile: each student's latest photo version, on
// several threads, results stored per photo version and profile version. Only what changed is
// checked again: a new photo, a new profile version, a new engine version. Stopping (Ctrl+C, the
// console's Cancel) keeps what was stored; running again goes on where it stopped.
#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckContext.h"
#include "core/checks/PhotoProfile.h"
#include "core/store/Workspace.h"

#include <functional>
#include <memory>
#include <string>

namespace gp::jobs {

/// Makes the context of one photo (bytes, file name); called on worker threads.
using ContextFactory = std::function<std::unique_ptr<checks::CheckContext>(
    const std::string& bytes, const std::string& fileName)>;

struct CheckJobOptions {
    bool all = false;     ///< check again even photos whose results are current
    unsigned threads = 2; ///< worker threads
    /// Called on the calling thread after each photo with (done, total); false stops the job.
    std::function<bool(std::size_t, std::size_t)> progress;
};

struct CheckJobResult {
    std::size_t photos = 0;  ///< latest photo versions in the workspace
    std::size_t current = 0; ///< skipped: results already current
    std::size_t checked = 0;
    std::size_t passed = 0;
    std::size_t review = 0;
    std::size_t failed = 0;
    std::size_t missingFiles = 0; ///< photo versions whose original is not in the store
    bool stopped = false;
};

/// The version of the check engine: results from another version are checked again.
inline constexpr const char* kCheckEngineVersion = "4";

CheckJobResult runWorkspaceChecks(store::Workspace& workspace, const checks::PhotoProfile& profile,
                                  const checks::CheckList& checks, const ContextFactory& factory,
                                  const CheckJobOptions& options);

} // namespace gp::jobs
