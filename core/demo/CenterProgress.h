// Progress per teaching center, the table a registry office sends the centers: students on the
// roster, how many submitted, what the checks said of their latest photos (pass, needs review,
// fail), how many a reviewer approved, how many must retake, how many have not submitted.
#pragma once

#include "core/store/Workspace.h"

#include <string>
#include <vector>

namespace gp::demo {

struct CenterProgressRow {
    std::string center; ///< "" for students whose roster row names no center
    std::size_t students = 0;
    std::size_t submitted = 0;
    std::size_t pass = 0;   ///< latest photo's check verdict
    std::size_t review = 0; ///< needs review
    std::size_t fail = 0;
    std::size_t approved = 0; ///< approved, packed or mailed
    std::size_t retake = 0;
    std::size_t missing = 0; ///< not submitted

    CenterProgressRow& operator+=(const CenterProgressRow& o);
};

struct CenterProgress {
    std::vector<CenterProgressRow> centers; ///< by center name
    CenterProgressRow total;
};

/// Counts in one read snapshot; check verdicts against the workspace's profile.
CenterProgress centerProgress(store::Workspace& workspace);

} // namespace gp::demo
