#include "PhotoVerdict.h"

#include <algorithm>
#include <exception>

namespace gp::checks {

std::string_view toCode(PhotoVerdictKind v) {
    switch (v) {
    case PhotoVerdictKind::Pass:
        return "pass";
    case PhotoVerdictKind::Review:
        return "review";
    case PhotoVerdictKind::Fail:
        return "fail";
    }
    return "review";
}

PhotoVerdict runChecks(const CheckList& checks, CheckContext& context) {
    PhotoVerdict result;
    for (const auto& check : checks) {
        CheckOutcome outcome;
        try {
            outcome = check->run(context);
        } catch (const std::exception& e) {
            outcome.checkId = check->id();
            outcome.verdict = Verdict::Error;
            outcome.detail = std::string("the check failed to run: ") + e.what();
        }
        result.outcomes.push_back(std::move(outcome));
    }
    auto addReasons = [&](Verdict which) {
        for (const auto& o : result.outcomes) {
            if (o.verdict == which && !o.reasonCode.empty() &&
                std::find(result.reasonCodes.begin(), result.reasonCodes.end(), o.reasonCode) ==
                    result.reasonCodes.end()) {
                result.reasonCodes.push_back(o.reasonCode);
            }
        }
    };
    addReasons(Verdict::Fail);
    addReasons(Verdict::Warn);
    const auto any = [&](Verdict v) {
        return std::any_of(result.outcomes.begin(), result.outcomes.end(),
                           [v](const auto& o) { return o.verdict == v; });
    };
    if (any(Verdict::Fail)) {
        result.verdict = PhotoVerdictKind::Fail;
    } else if (any(Verdict::Warn) || any(Verdict::Error)) {
        result.verdict = PhotoVerdictKind::Review;
    }
    return result;
}

} // namespace gp::checks
