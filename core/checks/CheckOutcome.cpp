#include "CheckOutcome.h"

namespace gp::checks {

std::string_view toCode(Verdict v) {
    switch (v) {
    case Verdict::Pass:
        return "pass";
    case Verdict::Warn:
        return "warn";
    case Verdict::Fail:
        return "fail";
    case Verdict::NotApplicable:
        return "not_applicable";
    case Verdict::Error:
        return "error";
    }
    return "error";
}

} // namespace gp::checks
