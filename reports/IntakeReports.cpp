#include "IntakeReports.h"

#include "LayoutRow.h"
#include "ReportOutput.h"
#include "ReportTemplate.h"
#include "UniquePublish.h"
#include "XlsxWorkbook.h"
#include "core/intake/RosterColumns.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>

namespace gp::reports {
namespace {

namespace fs = std::filesystem;
using intake::PhotoKind;
using intake::PhotoOutcome;

constexpr const char* kLanguage = "zh_CN";

/// Everything the two workbooks say, read before any file is made: their own layout and texts
/// (templates/reports/intake.json), the shared ones (common.json: local time, the omitted-rows
/// note, the generated-at label) and the roster's field names (roster-columns.json).
struct IntakeTemplates {
    ReportTemplate layout;
    ReportTemplate common;
    intake::RosterColumns columns;
    int utcOffset = 0;

    static IntakeTemplates load(const fs::path& templatesDir) {
        auto common = ReportTemplate::load(templatesDir / "reports" / "common.json");
        const auto offset = static_cast<int>(common.number("utcOffsetMinutes"));
        return {ReportTemplate::load(templatesDir / "reports" / "intake.json"), std::move(common),
                intake::RosterColumns::load(templatesDir / "roster-columns.json"), offset};
    }

    /// The text of key in the template's object at path, or fallback when it has none.
    std::string pick(const std::string& path, const std::string& key,
                     const std::string& fallback) const {
        const auto map = layout.textMap(path);
        const auto it = map.find(key);
        return it == map.end() ? fallback : it->second;
    }
};

/// A roster field code of a FieldChange as the roster's header names it; "extra:<header>"
/// shows the header itself, codes that are no roster column (withdrawn) come from the template.
std::string fieldLabel(const IntakeTemplates& t, std::string_view code) {
    constexpr std::string_view kExtra = "extra:";
    if (code.starts_with(kExtra)) {
        return std::string(code.substr(kExtra.size()));
    }
    if (const auto field = intake::rosterFieldFromCode(code)) {
        return t.columns.label(*field);
    }
    return t.pick("roster.otherFields", std::string(code), std::string(code));
}

/// A changed value as shown: the withdrawn flag's yes / no in words, others as they are.
std::string fieldValue(const IntakeTemplates& t, std::string_view code, const std::string& value) {
    return code == "withdrawn" ? t.pick("roster.flagValues", value, value) : value;
}

std::string outcomeCode(PhotoOutcome outcome) {
    switch (outcome) {
    case PhotoOutcome::NewVersion:
        return "new_version";
    case PhotoOutcome::Unchanged:
        return "unchanged";
    case PhotoOutcome::Refused:
        return "refused";
    }
    return {};
}

/// PhotoIntakeItem::matchedBy: a MatchKey code named like the roster field it compares, or
/// another way (manifest) named by the template.
std::string matchedByLabel(const IntakeTemplates& t, const std::string& code) {
    if (const auto key = intake::matchKeyFromCode(code)) {
        switch (*key) {
        case intake::MatchKey::StudentNo:
            return t.columns.label(intake::RosterField::StudentNo);
        case intake::MatchKey::IdNumber:
            return t.columns.label(intake::RosterField::IdNumber);
        case intake::MatchKey::ExamNo:
            return t.columns.label(intake::RosterField::ExamNo);
        case intake::MatchKey::CollectionCode:
            return t.columns.label(intake::RosterField::CollectionCode);
        }
    }
    return t.pick("photos.matchedByOther", code, code);
}

/// EXIF orientation as a reviewer reads it: the photo is shown and checked turned upright.
std::string orientationLabel(const IntakeTemplates& t, int orientation, bool known) {
    if (!known) {
        return {};
    }
    const auto value = std::to_string(orientation);
    return t.pick("photos.orientations", value,
                  fillIn(t.layout.text("photos.orientationUnknown"), {{"value", value}}));
}

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string joined(const IntakeTemplates& t, const std::vector<std::string>& items) {
    const auto separator = t.layout.text("listSeparator");
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : separator) + item;
    }
    return out;
}

/// The current time as the campaign reads it, like the other reports: 2026-11-21 16:53.
std::string localNow(const Clock& clock, int utcOffset) {
    const auto iso = clock.nowIso();
    const auto now = localDateTime(iso, utcOffset);
    if (!now) {
        return iso;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", now->year, now->month, now->day,
                  now->hour, now->minute);
    return text;
}

/// The summary sheet: one fact per row, labels from <section>.summary.
class Summary {
public:
    Summary(XlsxWorkbook& book, const IntakeTemplates& t, std::string section)
        : t_(t), section_(std::move(section)),
          layout_(t.layout.sheet("summarySheet", {"item", "value"})),
          table_(book.addTable(layout_.name, layout_.xlsxColumns(), false)) {}

    /// A row labelled by the template's <section>.summary.<key>.
    Summary& text(const std::string& key, std::string value) {
        return labelled(label(key), std::move(value));
    }
    Summary& count(const std::string& key, std::size_t value) {
        return labelledCount(label(key), value);
    }
    Summary& labelled(std::string label, std::string value) {
        LayoutRow(table_, layout_)
            .text("item", std::move(label))
            .text("value", std::move(value))
            .write();
        return *this;
    }
    Summary& labelledCount(std::string label, std::size_t value) {
        LayoutRow(table_, layout_).text("item", std::move(label)).count("value", value).write();
        return *this;
    }
    std::string label(const std::string& key) const {
        return t_.layout.text(section_ + ".summary." + key);
    }

private:
    const IntakeTemplates& t_;
    std::string section_;
    SheetLayout layout_;
    XlsxTable& table_;
};

/// Checks the folder (UserError before any work), writes the workbook into a staging folder,
/// and moves it into place only once workbook_close() succeeded, under the template's
/// <section>.file name (+ .xlsx, -n before it when taken) so that no earlier report is replaced.
template <class Fill>
fs::path writeWorkbook(const fs::path& exportsDir, const IntakeTemplates& t,
                       const std::string& section, const Clock& clock, Fill fill) {
    ReportOutput output(exportsDir);
    const auto stem =
        fillIn(t.layout.text(section + ".file"), {{"stamp", clock.localStamp(t.utcOffset)}});
    const auto staged = output.stage(stem + ".xlsx");
    XlsxWorkbook book(staged, t.layout.text(section + ".title"), clock);
    book.setOmittedRowsNote(t.common.text("omittedRowsNote"));
    fill(book);
    book.close();
    return publishUnique(staged, output.folder(), stem, ".xlsx");
}

void writeRosterSummary(XlsxWorkbook& book, const IntakeTemplates& t,
                        const intake::RosterPlan& plan, const Clock& clock) {
    const auto errors = static_cast<std::size_t>(std::count_if(
        plan.problems.begin(), plan.problems.end(), [](const auto& p) { return p.error; }));
    Summary summary(book, t, "roster");
    const auto format = plan.encoding.empty()
                            ? plan.format
                            : fillIn(summary.label("formatWithEncoding"),
                                     {{"format", plan.format}, {"encoding", plan.encoding}});
    summary.labelled(t.common.text("overview.generatedAt"), localNow(clock, t.utcOffset))
        .text("file", plan.file.string())
        .text("format", format)
        .text("sheet", plan.sheetName)
        .count("headerRow", static_cast<std::size_t>(std::max(plan.headerRow, 0)))
        .count("rowsRead", plan.rowsRead)
        .count("errorRows", plan.errorRows)
        .count("errors", errors)
        .count("warnings", plan.problems.size() - errors)
        .count("added", plan.added.size())
        .count("changed", plan.changed.size())
        .count("withdrawn", plan.withdrawn.size())
        .count("unchanged", plan.unchanged)
        .count("newCenters", plan.newCenters.size());
    if (!plan.newCenters.empty()) {
        summary.text("newCenterNames", joined(t, plan.newCenters));
    }
    if (!plan.duplicateColumns.empty()) {
        summary.text("duplicateColumns", joined(t, plan.duplicateColumns));
    }
}

void writeRosterProblems(XlsxWorkbook& book, const IntakeTemplates& t,
                         const intake::RosterPlan& plan, const MessageCatalog& messages) {
    const auto layout =
        t.layout.sheet("roster.problemsSheet",
                       {"row", "column", "value", "severity", "problem", "action", "code"});
    const auto severities = t.layout.textMap("roster.severities");
    auto& table = book.addTable(layout.name, layout.xlsxColumns());
    // By row, as staff work through the file; problems found while comparing with the
    // workspace come after validation's, so the plan's order is not quite that.
    std::vector<const intake::RosterProblem*> problems;
    problems.reserve(plan.problems.size());
    for (const auto& p : plan.problems) {
        problems.push_back(&p);
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto* a, const auto* b) { return a->row < b->row; });
    LayoutRow row(table, layout);
    for (const auto* p : problems) {
        const auto text = messages.text(p->code, kLanguage);
        if (p->row > 0) {
            row.count("row", static_cast<std::size_t>(p->row));
        }
        const auto severity = severities.find(p->error ? "error" : "warning");
        row.text("column", p->column)
            .text("value", p->value)
            .text("severity", severity == severities.end() ? std::string() : severity->second)
            .text("problem", text.problem)
            .text("action", text.action)
            .text("code", p->code)
            .write();
    }
}

void writeRosterChanges(XlsxWorkbook& book, const IntakeTemplates& t,
                        const intake::RosterPlan& plan) {
    const auto layout =
        t.layout.sheet("roster.changesSheet", {"change", "row", "student_no", "name", "id_number",
                                               "center", "field", "before", "after"});
    const auto kind = [&](const std::string& code) {
        return t.pick("roster.changeKinds", code, code);
    };
    auto& table = book.addTable(layout.name, layout.xlsxColumns());
    LayoutRow row(table, layout);
    const auto who = [&](const domain::Student& s) -> LayoutRow& {
        return row.text("student_no", s.studentNo)
            .text("name", s.name)
            .text("id_number", s.idNumber);
    };
    for (const auto& added : plan.added) {
        row.text("change", kind("added"))
            .count("row", static_cast<std::size_t>(std::max(added.fileRow, 0)));
        who(added.student).text("center", added.centerName).write();
    }
    for (const auto& change : plan.changed) {
        for (const auto& field : change.changes) {
            row.text("change", kind("changed"));
            who(change.student)
                .text("center", change.centerName)
                .text("field", fieldLabel(t, field.field))
                .text("before", fieldValue(t, field.field, field.before))
                .text("after", fieldValue(t, field.field, field.after))
                .write();
        }
    }
    for (const auto& s : plan.withdrawn) {
        // The plan names a withdrawn student's center by id only; the student number finds it.
        row.text("change", kind("withdrawn"));
        who(s).write();
    }
}

void writePhotoSummary(XlsxWorkbook& book, const IntakeTemplates& t,
                       const intake::PhotoIntakeResult& result, const MessageCatalog& messages,
                       const Clock& clock) {
    Summary summary(book, t, "photos");
    const std::string kind(intake::toCode(result.kind));
    summary.labelled(t.common.text("overview.generatedAt"), localNow(clock, t.utcOffset))
        .text("source", result.source.string())
        .text("kind", t.pick("photos.kinds", kind, kind))
        .text("status",
              t.layout.text(result.stopped ? "photos.statuses.stopped" : "photos.statuses.done"))
        .count("files", result.items.size())
        .count("matched", result.matched())
        .count("newVersions", result.count(PhotoOutcome::NewVersion))
        .count("unchanged", result.count(PhotoOutcome::Unchanged))
        .count("unmatched", result.unmatched())
        .count("refused", result.count(PhotoOutcome::Refused));
    const auto refusedFor = summary.label("refusedFor");
    for (const auto& [code, n] : result.refusedByReason()) {
        summary.labelledCount(
            fillIn(refusedFor, {{"problem", messages.text(code, kLanguage).problem}}), n);
    }
}

void writePhotoFiles(XlsxWorkbook& book, const IntakeTemplates& t,
                     const intake::PhotoIntakeResult& result, const MessageCatalog& messages) {
    const auto layout = t.layout.sheet(
        "photos.filesSheet", {"file", "outcome", "student_no", "name", "matched_by", "version",
                              "format", "size", "orientation", "problem", "action", "detail"});
    const auto outcomes = t.layout.textMap("photos.outcomes");
    const auto size = t.layout.text("photos.size");
    auto& table = book.addTable(layout.name, layout.xlsxColumns());
    LayoutRow row(table, layout);
    for (const auto& item : result.items) {
        const auto outcome = outcomes.find(outcomeCode(item.outcome));
        row.text("file", item.path)
            .text("outcome", outcome == outcomes.end() ? std::string() : outcome->second)
            .text("student_no", item.studentNo)
            .text("name", item.studentName)
            .text("matched_by", matchedByLabel(t, item.matchedBy))
            .text("format", upper(item.format))
            .text("orientation", orientationLabel(t, item.exifOrientation, item.width > 0))
            .text("detail", item.detail);
        if (item.version > 0) {
            row.count("version", static_cast<std::size_t>(item.version));
        }
        if (item.width > 0 && item.height > 0) {
            row.text("size", fillIn(size, {{"width", std::to_string(item.width)},
                                           {"height", std::to_string(item.height)}}));
        }
        if (!item.problemCode.empty()) {
            const auto text = messages.text(item.problemCode, kLanguage);
            row.text("problem", text.problem).text("action", text.action);
        }
        row.write();
    }
}

} // namespace

fs::path writeRosterReport(const intake::RosterPlan& plan, const MessageCatalog& messages,
                           const fs::path& templatesDir, const fs::path& exportsDir,
                           const Clock& clock) {
    const auto t = IntakeTemplates::load(templatesDir);
    return writeWorkbook(exportsDir, t, "roster", clock, [&](XlsxWorkbook& book) {
        writeRosterSummary(book, t, plan, clock);
        writeRosterProblems(book, t, plan, messages);
        writeRosterChanges(book, t, plan);
    });
}

fs::path writePhotoIntakeReport(const intake::PhotoIntakeResult& result,
                                const MessageCatalog& messages, const fs::path& templatesDir,
                                const fs::path& exportsDir, const Clock& clock) {
    const auto t = IntakeTemplates::load(templatesDir);
    return writeWorkbook(exportsDir, t, "photos", clock, [&](XlsxWorkbook& book) {
        writePhotoSummary(book, t, result, messages, clock);
        writePhotoFiles(book, t, result, messages);
    });
}

} // namespace gp::reports
