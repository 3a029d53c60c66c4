#include "RosterPreviewModel.h"

#include "core/common/Masking.h"

#include <algorithm>

namespace gp::gui {

RosterPreviewModel::RosterPreviewModel(const intake::RosterPlan& plan,
                                       const MessageCatalog& messages, const std::string& language,
                                       const FieldLabel& fieldLabel)
    : newCenters_(plan.newCenters) {
    counts_.rowsRead = plan.rowsRead;
    counts_.added = plan.added.size();
    counts_.changed = plan.changed.size();
    counts_.withdrawn = plan.withdrawn.size();
    counts_.unchanged = plan.unchanged;
    counts_.errorRows = plan.errorRows;
    counts_.newCenters = plan.newCenters.size();

    problems_.reserve(plan.problems.size());
    for (const auto& p : plan.problems) {
        const auto text = messages.text(p.code, language);
        problems_.push_back({p.row, p.column, p.value, p.error, text.problem, text.action, p.code});
    }
    // Errors first, then warnings, each in file order: what blocks the import is on top.
    std::stable_sort(problems_.begin(), problems_.end(),
                     [](const RosterProblemRow& a, const RosterProblemRow& b) {
                         return a.error != b.error ? a.error : a.row < b.row;
                     });

    added_.reserve(plan.added.size());
    for (const auto& r : plan.added) {
        added_.push_back({r.fileRow, r.student.studentNo, r.student.name, r.student.sex,
                          maskIdNumber(r.student.idNumber), r.centerName, r.hasError});
    }

    for (const auto& c : plan.changed) {
        for (const auto& f : c.changes) {
            // Personal numbers are masked in lists, as everywhere else.
            auto mask = [&f](const std::string& v) {
                return f.field == "id_number" ? maskIdNumber(v)
                       : f.field == "phone"   ? maskPhone(v)
                                              : v;
            };
            changes_.push_back({c.student.studentNo, c.student.name, fieldLabel(f.field),
                                mask(f.before), mask(f.after)});
        }
    }

    withdrawn_.reserve(plan.withdrawn.size());
    for (const auto& s : plan.withdrawn) {
        withdrawn_.push_back({s.studentNo, s.name, s.status});
    }
}

} // namespace gp::gui
