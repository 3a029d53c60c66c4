// A reviewer's decision on a photo version. Decisions form an append-only log: an undo is a
// new Reversal entry that names the decision it reverses; nothing is edited or deleted.
#pragma once

#include "Ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gp::domain {

enum class DecisionKind { Approve, Reject, Reversal };

std::string_view toCode(DecisionKind k);
std::optional<DecisionKind> decisionKindFromCode(std::string_view code);

struct Decision {
    DecisionId id = 0;
    StudentId studentId = 0;
    SubmissionId submissionId = 0; ///< the photo version decided on
    std::string photoSha256;       ///< its content hash, so the record stands on its own
    std::string reviewer;
    std::string decidedAt; ///< ISO 8601 UTC
    DecisionKind kind = DecisionKind::Approve;
    std::vector<std::string>
        reasonCodes; ///< from templates/reasons.json; a rejection has one or more
    std::string note;
    DecisionId reverses = 0; ///< for a Reversal: the decision it undoes
};

} // namespace gp::domain
