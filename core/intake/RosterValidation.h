// Every roster row checked and turned into a Student, with each problem named by code, row
// and column: missing 学号 or 姓名, ID numbers that are wrong or were mangled by Excel, a sex or
// birth date that contradicts the ID, duplicates within the file.
#pragma once

#include "../domain/Student.h"
#include "RosterSheet.h"

#include <string>
#include <vector>

namespace gp::intake {

struct RosterProblem {
    int row = 0;        ///< 1-based file row
    std::string column; ///< the header as written in the file
    std::string value;  ///< the cell as read
    std::string code;   ///< templates/intake-messages.json
    bool error = true;  ///< false: a warning; the row still imports
};

struct ValidatedRow {
    int fileRow = 0;
    domain::Student student; ///< id, centerId and status not set
    std::string centerName;
    bool hasError = false;
};

struct RosterValidation {
    std::vector<ValidatedRow> rows;
    std::vector<RosterProblem> problems;

    std::size_t errorRows() const;
};

/// Plain texts are moved out of the sheet's cells into the students (a 100,000-row roster is
/// not copied); the sheet's columns and the cells of checked fields stay as they were.
RosterValidation validateRoster(RosterSheet& sheet, const RosterColumns& columns, int currentYear);

/// A birth date as people write it (1990-03-07, 1990/3/7, 19900307, 1990年3月7日, 1990.03.07)
/// as yyyy-mm-dd; empty if unreadable.
std::string parseDate(const std::string& text);

} // namespace gp::intake
