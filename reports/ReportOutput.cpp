#include "ReportOutput.h"

#include "core/common/AtomicFile.h"
#include "core/common/UserError.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace gp::reports {

namespace fs = std::filesystem;

ReportOutput::ReportOutput(fs::path folder) : folder_(std::move(folder)) {
    std::error_code ec;
    fs::create_directories(folder_, ec);
    if (ec || !fs::is_directory(folder_)) {
        throw UserError("Cannot create the output folder " + folder_.string() + ": " +
                            (ec ? ec.message() : "a file of that name exists") + ".",
                        "Choose another output folder with --out.");
    }
    if (::access(folder_.c_str(), W_OK | X_OK) != 0) {
        throw UserError("The output folder " + folder_.string() + " is not writable.",
                        "Choose a folder you may write to with --out.");
    }
    std::string pattern = (folder_ / ".report-partial-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw UserError("Cannot write in the output folder " + folder_.string() + ": " +
                            std::strerror(errno) + ".",
                        "Free some disk space or choose another folder with --out.");
    }
    staging_ = pattern;
}

ReportOutput::~ReportOutput() {
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
}

fs::path ReportOutput::stage(const std::string& name) {
    staged_.push_back(name);
    return staging_ / name;
}

std::vector<fs::path> ReportOutput::publish() {
    std::vector<fs::path> published;
    for (const auto& name : staged_) {
        const auto from = staging_ / name;
        if (!fs::exists(from)) {
            continue;
        }
        fs::rename(from, folder_ / name);
        published.push_back(folder_ / name);
    }
    syncDirectory(folder_);
    published_ = true;
    return published;
}

} // namespace gp::reports
