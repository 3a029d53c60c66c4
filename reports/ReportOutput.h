// Where a report writes: checked for writability before any work, files written into a hidden
// staging folder inside it, and moved into place only when the whole report is done. A report
// that fails leaves the output folder as it was.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gp::reports {

class ReportOutput {
public:
    /// Creates the folder if needed. Throws UserError when it cannot be written.
    explicit ReportOutput(std::filesystem::path folder);
    ~ReportOutput();
    ReportOutput(const ReportOutput&) = delete;
    ReportOutput& operator=(const ReportOutput&) = delete;

    /// A path in the staging folder for a file that will be published under name.
    std::filesystem::path stage(const std::string& name);
    /// Moves every staged file to the output folder; returns their final paths. A file of the
    /// same name already there is replaced.
    std::vector<std::filesystem::path> publish();

    const std::filesystem::path& folder() const { return folder_; }

private:
    std::filesystem::path folder_;
    std::filesystem::path staging_;
    std::vector<std::string> staged_;
    bool published_ = false;
};

} // namespace gp::reports
