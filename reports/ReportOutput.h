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
    /// Throws the same UserError the constructor would when the folder could not be made or
    /// written, without making anything: a command checks this before its options are read.
    static void requireWritable(const std::filesystem::path& folder);
    ~ReportOutput();
    ReportOutput(const ReportOutput&) = delete;
    ReportOutput& operator=(const ReportOutput&) = delete;

    /// A path in the staging folder for a file that will be published under name.
    std::filesystem::path stage(const std::string& name);
    /// name, or name with -2, -3 ... before its extension, whichever is neither in the output
    /// folder nor staged already: for files named by the time, which a second run in the same
    /// second would otherwise collide with.
    std::string unusedName(const std::string& name) const;
    /// Puts every staged file into the output folder under its name, all or none; returns their
    /// final paths. A file of the same name already there is never replaced: UserError, and
    /// nothing is published.
    std::vector<std::filesystem::path> publish();

    const std::filesystem::path& folder() const { return folder_; }

private:
    std::filesystem::path folder_;
    std::filesystem::path staging_;
    std::vector<std::string> staged_;
    bool published_ = false;
};

} // namespace gp::reports
