// One kind of report or package (status, retakes, missing, spotcheck, upload-package, mailing):
// what the CLI's `report KIND` and the console's Reports menu run. Each kind reads the
// workspace, writes through ReportOutput (staging folder, renamed into place when complete) and
// says what it wrote and what it could not do.
#pragma once

#include "core/store/Workspace.h"

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gp::reports {

struct ReportRequest {
    std::filesystem::path outputDir;   ///< checked for writability before any work
    std::optional<std::string> center; ///< only this teaching center (name or code)
    std::string createdBy;             ///< who runs it (recorded on batches)
    /// Kind-specific options by name, e.g. "split"="1", "include-packed"="1",
    /// "share"="0.05", "seed"="20261121", "max-files"="1000", "max-mb"="200".
    std::map<std::string, std::string> options;
    /// Called with (done, total) as work proceeds; returning false cancels the report, which
    /// then leaves the output folder as it was.
    std::function<bool(std::size_t, std::size_t)> progress;
};

/// A problem that did not stop the report, e.g. a photo missing from the store or a center
/// without an address; also written to the report's problems sheet.
struct ReportProblem {
    std::string studentNo; ///< empty when it concerns a center or the whole report
    std::string center;
    std::string message; ///< in Chinese, what is wrong and what to do
};

struct ReportResult {
    std::vector<std::filesystem::path> files; ///< final paths, after publishing
    std::vector<ReportProblem> problems;
    std::map<std::string, std::size_t> counts; ///< e.g. "students", "photos", "parts"
    std::string batchNumber;                   ///< for packages that record a batch
    bool cancelled = false;
};

class ReportKind {
public:
    virtual ~ReportKind() = default;
    /// The id on the command line: status, retakes, missing, spotcheck, upload-package, mailing.
    virtual std::string id() const = 0;
    /// Throws UserError for what stops the whole report (unwritable folder, unknown center).
    virtual ReportResult run(store::Workspace& workspace, const ReportRequest& request) = 0;
    /// True for packages that record a batch and move students to 已打包 / 已邮寄: they run
    /// only when asked for by name, never as part of `report all`.
    virtual bool recordsBatch() const { return false; }
    /// The names of the ReportRequest::options this kind reads (e.g. "split", "share"): an option
    /// none of the requested kinds reads is refused rather than silently ignored.
    virtual std::vector<std::string> optionNames() const = 0;
};

} // namespace gp::reports
