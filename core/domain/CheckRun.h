// The automated checks run on one photo version against one profile version.
#pragma once

#include "Ids.h"

#include <string>
#include <vector>

namespace gp::domain {

/// pass / warn / fail / not_applicable / error for a check; pass / review / fail / error for a run.
using VerdictCode = std::string;

struct CheckResult {
    std::string checkId;     ///< e.g. "framing.head_top"
    VerdictCode verdict;     ///< pass, warn, fail, not_applicable, error
    std::string valueJson;   ///< measured value(s) with units, as JSON
    std::string limitText;   ///< the limit it was held to, as written in the profile
    std::string reasonCode;  ///< from templates/reasons.json, empty on pass
    std::string overlayJson; ///< lines, boxes and points for the console, as JSON
    std::string limitJson{}; ///< the limit's numbers by name, e.g. {"min":50,"max":110}; empty
                             ///< for runs stored before schema 4 (limitText stands alone then)
};

struct CheckRun {
    CheckRunId id = 0;
    SubmissionId submissionId = 0;
    std::string profileId;
    int profileVersion = 0;
    std::string engineVersion;
    VerdictCode verdict; ///< pass, review, fail, error
    std::string startedAt;
    std::string finishedAt;
    std::vector<CheckResult> results;
};

} // namespace gp::domain
