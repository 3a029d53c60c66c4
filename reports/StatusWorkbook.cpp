#include "StatusWorkbook.h"

#include "LayoutRow.h"
#include "ReportRun.h"

namespace gp::reports {

namespace {

const std::vector<std::string_view> kSummaryKeys = {"center",
                                                    "roster",
                                                    "submitted",
                                                    "auto_pass",
                                                    "approved",
                                                    "in_progress",
                                                    "auto_fail_awaiting_review",
                                                    "retake",
                                                    "not_submitted",
                                                    "face_mismatch",
                                                    "percent_complete"};
const std::vector<std::string_view> kStudentKeys = {
    "student_no",     "name",       "sex",    "level",   "major",
    "class_name",     "phone",      "status", "reasons", "retake_round",
    "last_submitted", "auto_check", "face",   "center"};

void putCounts(LayoutRow& row, const CenterCounts& c) {
    row.count("roster", c.roster)
        .count("submitted", c.submitted)
        .count("auto_pass", c.autoPass)
        .count("approved", c.approved)
        .count("in_progress", c.inProgress)
        .count("auto_fail_awaiting_review", c.autoFailAwaitingReview)
        .count("retake", c.retake)
        .count("not_submitted", c.notSubmitted)
        .count("face_mismatch", c.faceMismatch);
    if (c.roster > 0) {
        row.percent("percent_complete", c.percentComplete());
    }
}

std::string lookup(const std::map<std::string, std::string>& labels, const std::string& code) {
    const auto it = labels.find(code);
    return it == labels.end() ? code : it->second;
}

} // namespace

ReportResult StatusWorkbook::run(store::Workspace& workspace, const ReportRequest& request) {
    ReportRun run(workspace, request, templates_, id());
    const auto& layout = run.layout();
    const auto summarySheet = layout.sheet("summarySheet", kSummaryKeys);
    const auto studentSheet = layout.sheet("centerSheet", kStudentKeys);
    const auto verdicts = layout.textMap("checkVerdicts");
    const auto faces = layout.textMap("faceOutcomes");
    if (!run.readProgress()) {
        ReportResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    const int offset = run.utcOffsetMinutes();

    CenterCounts all;
    for (const auto& center : run.progress().centers) {
        all += countsOf(center);
        for (const auto& s : center.students) {
            run.recordProblems(center, s);
            if (s.needsRetake()) {
                run.reasonLabels(s.retakeReasons()); // unknown codes, before any sheet
            }
        }
    }

    for (const auto& scope : run.scopes()) {
        auto book = run.openWorkbook(scope);

        // The summary, its total and its chart.
        const auto summaryName = run.sheetName(summarySheet.name);
        auto& summary = book->addTable(summaryName, summarySheet.xlsxColumns());
        LayoutRow row(summary, summarySheet);
        CenterCounts total;
        for (const auto* center : scope.centers) {
            const auto counts = countsOf(*center);
            total += counts;
            row.text("center", run.centerName(*center));
            putCounts(row, counts);
            row.write();
        }
        const auto centersShown = summary.rows();
        if (scope.centers.size() > 1) {
            row.text("center", layout.text("summarySheet.totalRow"));
            putCounts(row, total);
            row.write();
        }
        XlsxBarChart chart;
        chart.title = layout.text("chart.title");
        chart.valueAxisTitle = layout.text("chart.axis");
        chart.stacked = layout.flag("chart.stacked");
        chart.categoryColumn = summarySheet.indexOf("center");
        for (const auto& key : layout.texts("chart.series")) {
            if (const auto column = summarySheet.indexOf(key);
                column < summarySheet.columns.size()) {
                chart.seriesColumns.push_back(column);
            }
        }
        chart.rows = centersShown;
        if (chart.categoryColumn < summarySheet.columns.size()) {
            book->addBarChart(summary, summaryName, chart);
        }

        // One sheet per center, every student on its roster.
        for (const auto* center : scope.centers) {
            auto& sheet =
                book->addTable(run.sheetName(run.centerName(*center)), studentSheet.xlsxColumns());
            LayoutRow line(sheet, studentSheet);
            for (const auto& s : center->students) {
                const auto& st = s.student;
                line.text("student_no", st.studentNo)
                    .text("name", st.name)
                    .text("sex", st.sex)
                    .text("level", st.level)
                    .text("major", st.major)
                    .text("class_name", st.className)
                    .text("phone", st.phone)
                    .text("center", run.centerName(*center))
                    .text("status", run.statusLabel(s.derivedStatus()));
                // The rejection's reasons, or what the checks failed on while it waits.
                if (s.needsRetake()) {
                    line.text("reasons", run.reasonLabels(s.retakeReasons()));
                }
                if (s.latestPhoto) {
                    line.count("retake_round",
                               static_cast<std::size_t>(s.latestPhoto->version - 1));
                    line.time("last_submitted", s.latestPhoto->importedAt, offset);
                }
                if (!s.checkVerdict.empty()) {
                    line.text("auto_check", lookup(verdicts, s.checkVerdict));
                }
                if (!s.faceOutcome.empty()) {
                    line.text("face", lookup(faces, s.faceOutcome));
                }
                line.write();
            }
        }

        std::vector<OverviewItem> notes;
        for (const auto& note : layout.texts("notes")) {
            notes.push_back({layout.text("notesLabel"), note, std::nullopt});
        }
        run.addOverview(*book, scope, notes);
        run.closeWorkbook(*book, scope);
    }

    return run.finish({{"students", all.roster},
                       {"centers", run.progress().centers.size()},
                       {"submitted", all.submitted},
                       {"auto_pass", all.autoPass},
                       {"approved", all.approved},
                       {"in_progress", all.inProgress},
                       {"auto_fail_awaiting_review", all.autoFailAwaitingReview},
                       {"retake", all.retake},
                       {"not_submitted", all.notSubmitted},
                       {"face_mismatch", all.faceMismatch}});
}

} // namespace gp::reports
