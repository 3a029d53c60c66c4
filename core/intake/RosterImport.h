// Importing a roster into a workspace in two steps: plan (read, validate, and compare with the
// workspace: who is added, what changes for whom, who is no longer listed) and apply (all of it
// in one transaction). A dry run is a plan that is not applied.
#pragma once

#include "../domain/Student.h"
#include "../store/Workspace.h"
#include "RosterValidation.h"

#include <filesystem>
#include <string>
#include <vector>

namespace gp::intake {

struct RosterImportRequest {
    std::filesystem::path file;
    std::string sheet;                 ///< empty: the first sheet that holds a roster
    std::filesystem::path mappingFile; ///< empty: the built-in column names only
    std::filesystem::path columnsFile; ///< templates/roster-columns.json
    int currentYear = 2026;
};

struct FieldChange {
    std::string field; ///< a roster field code (student_no, phone, ...) or "extra:<header>"
    std::string before;
    std::string after;
};

struct StudentChange {
    domain::Student student; ///< as it will be stored (id set; centerId resolved at apply)
    std::string centerName;  ///< the center the roster names
    std::vector<FieldChange> changes;
};

struct RosterPlan {
    std::filesystem::path file;
    std::string format;
    std::string encoding;
    std::string sheetName;
    int headerRow = 0;
    std::vector<RosterColumn> columns;
    std::vector<std::string> duplicateColumns;
    std::size_t rowsRead = 0;

    std::vector<RosterProblem> problems;
    std::size_t errorRows = 0;

    std::vector<ValidatedRow> added;
    std::vector<StudentChange> changed;
    std::vector<domain::Student> withdrawn;
    std::size_t unchanged = 0;
    std::vector<std::string> newCenters; ///< named in the roster, not yet in the workspace
    /// More than a fifth of the roster would be marked as no longer listed: applying needs
    /// allowWithdrawingMany.
    bool withdrawsMany = false;
};

/// Reads and validates the roster and compares it with the workspace. Changes nothing.
/// Throws UserError for a file that cannot be read as a roster.
RosterPlan planRosterImport(store::Workspace& workspace, const RosterImportRequest& request);

struct RosterImportResult {
    std::size_t added = 0;
    std::size_t changed = 0;
    std::size_t withdrawn = 0;
    std::size_t centersCreated = 0;
    std::size_t skippedRows = 0; ///< rows with errors left out under acceptValid
};

/// Applies a plan in one transaction. Unless acceptValid, a plan with error rows is refused
/// (UserError) and nothing changes; with it, the valid rows go in and the others are skipped.
/// A plan that withdraws many students is refused unless allowWithdrawingMany.
RosterImportResult applyRosterPlan(store::Workspace& workspace, const RosterPlan& plan,
                                   bool acceptValid, bool allowWithdrawingMany = false);

} // namespace gp::intake
