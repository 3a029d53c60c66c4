// A photo's automatic verdict from its checks: fail if any check fails, needs review if any
// warns (or could not be judged), otherwise pass — with the reasons that led there.
#pragma once

#include "Check.h"
#include "CheckOutcome.h"

#include <string>
#include <string_view>
#include <vector>

namespace gp::checks {

enum class PhotoVerdictKind { Pass, Review, Fail };
std::string_view toCode(PhotoVerdictKind v); ///< pass, review, fail

struct PhotoVerdict {
    PhotoVerdictKind verdict = PhotoVerdictKind::Pass;
    std::vector<CheckOutcome> outcomes;   ///< every check, in the suite's order
    std::vector<std::string> reasonCodes; ///< of failing checks first, then warnings; no repeats
};

/// Runs every check on the context. A check that throws is recorded as Error (a bug, never a
/// crash) and sends the photo to review.
PhotoVerdict runChecks(const CheckList& checks, CheckContext& context);

} // namespace gp::checks
