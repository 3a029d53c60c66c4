#include "Decision.h"

namespace gp::domain {

std::string_view toCode(DecisionKind k) {
    switch (k) {
    case DecisionKind::Approve:
        return "approve";
    case DecisionKind::Reject:
        return "reject";
    case DecisionKind::Reversal:
        return "reversal";
    }
    return "unknown";
}

std::optional<DecisionKind> decisionKindFromCode(std::string_view code) {
    for (auto k : {DecisionKind::Approve, DecisionKind::Reject, DecisionKind::Reversal}) {
        if (toCode(k) == code) {
            return k;
        }
    }
    return std::nullopt;
}

} // namespace gp::domain
