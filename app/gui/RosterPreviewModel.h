// What the roster preview shows, built from a roster plan without any wx: the counts and the
// rows of its four lists (problems, added, changed field by field, no longer listed), with the
// problem texts in the UI's language from the intake message catalogue. Tests read it directly.
#pragma once

#include "core/common/MessageCatalog.h"
#include "core/intake/RosterImport.h"

#include <functional>
#include <string>
#include <vector>

namespace gp::gui {

struct RosterPreviewCounts {
    std::size_t rowsRead = 0;
    std::size_t added = 0;
    std::size_t changed = 0; ///< students with at least one changed field
    std::size_t withdrawn = 0;
    std::size_t unchanged = 0;
    std::size_t errorRows = 0;
    std::size_t newCenters = 0;
};

struct RosterProblemRow {
    int row = 0;
    std::string column;
    std::string value;
    bool error = true;
    std::string problem; ///< in the UI's language
    std::string action;  ///< what to do, in the UI's language
    std::string code;
};

struct RosterAddedRow {
    int row = 0;
    std::string studentNo;
    std::string name;
    std::string sex;
    std::string idNumber; ///< masked
    std::string center;
    bool hasError = false; ///< left out when only the valid rows are imported
};

struct RosterChangeRow {
    std::string studentNo;
    std::string name;
    std::string field; ///< as labelled for the UI
    std::string before;
    std::string after;
};

struct RosterWithdrawnRow {
    std::string studentNo;
    std::string name;
    domain::StudentStatus status = domain::StudentStatus::NotSubmitted;
};

class RosterPreviewModel {
public:
    /// Labels a roster field code (student_no, phone, "extra:<header>") for the UI.
    using FieldLabel = std::function<std::string(const std::string& code)>;

    RosterPreviewModel(const intake::RosterPlan& plan, const MessageCatalog& messages,
                       const std::string& language, const FieldLabel& fieldLabel);

    const RosterPreviewCounts& counts() const { return counts_; }
    const std::vector<RosterProblemRow>& problems() const { return problems_; }
    const std::vector<RosterAddedRow>& added() const { return added_; }
    const std::vector<RosterChangeRow>& changes() const { return changes_; }
    const std::vector<RosterWithdrawnRow>& withdrawn() const { return withdrawn_; }
    const std::vector<std::string>& newCenters() const { return newCenters_; }

    /// Import is allowed when no row has an error, or when only the valid rows go in.
    bool canImport(bool validRowsOnly) const { return counts_.errorRows == 0 || validRowsOnly; }

private:
    RosterPreviewCounts counts_;
    std::vector<RosterProblemRow> problems_;
    std::vector<RosterAddedRow> added_;
    std::vector<RosterChangeRow> changes_;
    std::vector<RosterWithdrawnRow> withdrawn_;
    std::vector<std::string> newCenters_;
};

} // namespace gp::gui
