#include "MissingList.h"

#include "LayoutRow.h"
#include "ReportRun.h"
#include "RetakeList.h"
#include "core/store/CampaignSettings.h"

namespace gp::reports {

namespace {

const std::vector<std::string_view> kKeys = {
    "center",     "student_no", "name",  "sex",      "level",        "major",
    "class_name", "grade",      "phone", "deadline", "center_phone", "center_contact"};

} // namespace

ReportResult MissingList::run(store::Workspace& workspace, const ReportRequest& request) {
    ReportRun run(workspace, request, templates_, id());
    const auto& layout = run.layout();
    const auto sheet = layout.sheet("listSheet", kKeys);
    const auto deadline =
        workspace.store().settings().get(gp::store::CampaignSettings::kDeadline).value_or("");
    if (!run.readProgress()) {
        ReportResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }

    std::map<const CenterProgress*, std::vector<const StudentProgress*>> listed;
    std::size_t total = 0;
    for (const auto& center : run.progress().centers) {
        auto& rows = listed[&center];
        for (const auto& s : center.students) {
            if (s.submitted()) {
                continue;
            }
            rows.push_back(&s);
            ++total;
            run.recordProblems(center, s);
            if (s.student.phone.empty()) {
                run.problem(center, s.student.studentNo, "no_student_phone");
            }
        }
        if (!rows.empty() && center.center.id != 0 && center.center.phone.empty()) {
            run.problem(center, {}, "no_center_phone");
        }
    }

    for (const auto& scope : run.scopes()) {
        auto book = run.openWorkbook(scope);
        auto& table = book->addTable(run.sheetName(sheet.name), sheet.xlsxColumns());
        LayoutRow row(table, sheet);
        std::vector<OverviewItem> items;
        items.push_back({layout.text("overview.deadline"),
                         deadline.empty() ? layout.text("overview.deadlineUnset") : deadline,
                         std::nullopt});
        items.push_back(
            {layout.text("overview.rule"), layout.text("overview.ruleText"), std::nullopt});
        std::size_t inScope = 0;
        for (const auto* center : scope.centers) {
            const auto& rows = listed[center];
            inScope += rows.size();
            for (const auto* s : rows) {
                const auto& st = s->student;
                row.text("center", run.centerName(*center))
                    .text("student_no", st.studentNo)
                    .text("name", st.name)
                    .text("sex", st.sex)
                    .text("level", st.level)
                    .text("major", st.major)
                    .text("class_name", st.className)
                    .text("grade", st.grade)
                    .text("phone", st.phone)
                    .text("deadline", deadline)
                    .text("center_phone", center->center.phone)
                    .text("center_contact", center->center.contact);
                row.write();
            }
            items.push_back({fillIn(run.common().text("overview.centerRows"),
                                    {{"center", run.centerName(*center)}}),
                             {},
                             static_cast<double>(rows.size())});
        }
        items.insert(items.begin() + 2,
                     {run.common().text("overview.rows"), {}, static_cast<double>(inScope)});
        run.addOverview(*book, scope, items);
        run.closeWorkbook(*book, scope);
    }
    return run.finish({{"students", total}, {"centers", run.progress().centers.size()}});
}

} // namespace gp::reports
