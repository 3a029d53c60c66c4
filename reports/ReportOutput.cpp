#include "ReportOutput.h"

#include "core/common/AtomicFile.h"
#include "core/common/UserError.h"

#include <algorithm>
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

void ReportOutput::requireWritable(const fs::path& folder) {
    std::error_code ec;
    fs::path existing = fs::absolute(folder, ec);
    while (!existing.empty() && !fs::exists(existing, ec) && existing != existing.root_path()) {
        existing = existing.parent_path();
    }
    if (!fs::is_directory(existing, ec)) {
        throw UserError("Cannot create the output folder " + folder.string() + ": " +
                            existing.string() + " is a file, not a folder.",
                        "Choose another output folder with --out.");
    }
    if (::access(existing.c_str(), W_OK | X_OK) != 0) {
        throw UserError("The output folder " + folder.string() + " is not writable.",
                        "Choose a folder you may write to with --out.");
    }
}

ReportOutput::~ReportOutput() {
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
}

fs::path ReportOutput::stage(const std::string& name) {
    staged_.push_back(name);
    return staging_ / name;
}

std::string ReportOutput::unusedName(const std::string& name) const {
    const auto stem = fs::path(name).stem().string();
    const auto extension = fs::path(name).extension().string();
    std::string candidate = name;
    for (int n = 2;; ++n) {
        const bool staged = std::find(staged_.begin(), staged_.end(), candidate) != staged_.end();
        if (!staged && !fs::exists(folder_ / candidate)) {
            return candidate;
        }
        candidate = stem + "-" + std::to_string(n) + extension;
    }
}

std::vector<fs::path> ReportOutput::publish() {
    // All or nothing, and never over an existing file: each staged file is hard-linked under
    // its final name (link() refuses a name that exists); if one cannot be, the links made so
    // far are removed again and the output folder is as it was.
    std::vector<fs::path> published;
    for (const auto& name : staged_) {
        const auto from = staging_ / name;
        if (!fs::exists(from)) {
            continue;
        }
        const auto to = folder_ / name;
        if (::link(from.c_str(), to.c_str()) != 0) {
            const int error = errno;
            for (const auto& done : published) {
                std::error_code ignored;
                fs::remove(done, ignored);
            }
            throw UserError("Cannot write " + to.string() + ": " +
                                (error == EEXIST ? std::string("a file of that name exists")
                                                 : std::string(std::strerror(error))) +
                                ". Nothing was written.",
                            error == EEXIST ? "Move the earlier file away, or choose another "
                                              "output folder with --out."
                                            : "Free some disk space or choose another folder "
                                              "with --out.");
        }
        published.push_back(to);
    }
    syncDirectory(folder_);
    published_ = true;
    return published;
}

} // namespace gp::reports
