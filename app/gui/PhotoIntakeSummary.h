// What the photo-intake result dialog shows, built from an intake result without any wx: the
// counts, the refused files per reason and each refused file with its reason and what to do,
// in the UI's language from the intake message catalogue.
#pragma once

#include "core/common/MessageCatalog.h"
#include "core/intake/PhotoIntake.h"

#include <string>
#include <vector>

namespace gp::gui {

struct RefusedReason {
    std::string code;
    std::string problem; ///< in the UI's language
    std::size_t files = 0;
};

struct RefusedFile {
    std::string path;
    std::string problem;
    std::string action;
    std::string detail;
};

class PhotoIntakeSummary {
public:
    PhotoIntakeSummary(const intake::PhotoIntakeResult& result, const MessageCatalog& messages,
                       const std::string& language);

    std::size_t files() const { return files_; }
    std::size_t matched() const { return matched_; }
    std::size_t newVersions() const { return newVersions_; }
    std::size_t unchanged() const { return unchanged_; }
    std::size_t unmatched() const { return unmatched_; }
    std::size_t refused() const { return refusedFiles_.size(); }
    bool stopped() const { return stopped_; }
    /// Most frequent reason first.
    const std::vector<RefusedReason>& reasons() const { return reasons_; }
    const std::vector<RefusedFile>& refusedFiles() const { return refusedFiles_; }

private:
    std::size_t files_ = 0;
    std::size_t matched_ = 0;
    std::size_t newVersions_ = 0;
    std::size_t unchanged_ = 0;
    std::size_t unmatched_ = 0;
    bool stopped_ = false;
    std::vector<RefusedReason> reasons_;
    std::vector<RefusedFile> refusedFiles_;
};

} // namespace gp::gui
