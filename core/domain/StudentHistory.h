// One change to a student's roster record: which field, from what, to what, when and by which
// import. Kept forever, so a corrected ID number can always be traced.
#pragma once

#include "Ids.h"

#include <string>

namespace gp::domain {

struct StudentHistoryEntry {
    StudentId studentId = 0;
    std::string changedAt; ///< ISO 8601 UTC
    std::string source;    ///< e.g. "roster 2026届名单.xlsx"
    std::string field;     ///< a roster field code, "extra:<header>" or "withdrawn"
    std::string before;
    std::string after;
};

} // namespace gp::domain
