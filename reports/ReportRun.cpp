#include "ReportRun.h"

#include "LayoutRow.h"
#include "SafeFileName.h"
#include "UniquePublish.h"
#include "core/common/UserError.h"
#include "core/domain/StudentStatus.h"

#include <cstdio>

namespace gp::reports {

namespace fs = std::filesystem;

namespace {

constexpr const char* kLanguage = "zh_CN";
/// Excel's limit on a sheet name, in characters.
constexpr std::size_t kSheetNameMax = 31;

/// The first max UTF-8 characters of text.
std::string firstCharacters(const std::string& text, std::size_t max) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (count == max) {
                return text.substr(0, i);
            }
            ++count;
        }
    }
    return text;
}

} // namespace

ReportRun::ReportRun(store::Workspace& workspace, const ReportRequest& request,
                     const fs::path& templatesDir, const std::string& kindId)
    : workspace_(workspace), request_(request),
      common_(ReportTemplate::load(templatesDir / "reports" / "common.json")),
      layout_(ReportTemplate::load(templatesDir / "reports" / (kindId + ".json"))),
      reasons_(MessageCatalog::load(templatesDir / "reasons.json")),
      statusLabels_(common_.textMap("statuses")),
      utcOffset_(static_cast<int>(common_.number("utcOffsetMinutes"))) {
    if (request.center && !request.center->empty()) {
        const auto center = workspace.store().centers().byName(*request.center);
        if (!center) {
            throw UserError("There is no center \"" + *request.center + "\" in this workspace.",
                            "See the names with: gradphoto-cli -w DIR centers list");
        }
        only_ = center->id;
    }
    if (request.outputDir.empty()) {
        throw UserError("No output folder given.", "Name one with --out DIR.");
    }
    ReportOutput::requireWritable(request.outputDir); // made when the first sheet is staged
}

ReportOutput& ReportRun::output() {
    if (!output_) {
        output_ = std::make_unique<ReportOutput>(request_.outputDir);
    }
    return *output_;
}

bool ReportRun::readProgress() {
    progress_ = CampaignProgress::read(workspace_, only_, request_.progress);
    return !progress_.cancelled;
}

std::string ReportRun::option(const std::string& name) const {
    const auto it = request_.options.find(name);
    return it == request_.options.end() ? std::string() : it->second;
}

bool ReportRun::split() const {
    const auto value = option("split");
    return !value.empty() && value != "0" && value != "false";
}

std::vector<ReportRun::Scope> ReportRun::scopes() const {
    std::vector<Scope> out;
    if (split()) {
        for (const auto& c : progress_.centers) {
            out.push_back({&c, {&c}});
        }
        return out;
    }
    Scope all;
    if (only_ && progress_.centers.size() == 1) {
        all.only = &progress_.centers.front();
    }
    for (const auto& c : progress_.centers) {
        all.centers.push_back(&c);
    }
    out.push_back(std::move(all));
    return out;
}

std::string ReportRun::centerName(const CenterProgress& center) const {
    return center.center.id == 0 ? common_.text("noCenter") : center.center.name;
}

std::string ReportRun::localNow() const {
    const auto now = localDateTime(workspace_.clock().nowIso(), utcOffset_);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", now->year, now->month, now->day,
                  now->hour, now->minute);
    return text;
}

std::unique_ptr<XlsxWorkbook> ReportRun::openWorkbook(const Scope& scope) {
    if (stamp_.empty()) {
        const auto now = localDateTime(workspace_.clock().nowIso(), utcOffset_);
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "%04d%02d%02d-%02d%02d%02d", now->year, now->month,
                      now->day, now->hour, now->minute, static_cast<int>(now->second));
        stamp_ = stamp;
    }
    const auto& stamp = stamp_;
    std::string stem;
    if (scope.only != nullptr) {
        stem = fillIn(layout_.text("splitFile"),
                      {{"stamp", stamp}, {"center", safeFileName(centerName(*scope.only))}});
    } else {
        stem = fillIn(layout_.text("file"), {{"stamp", stamp}});
    }
    const auto name = std::to_string(staged_.size() + 1) + ".xlsx";
    const auto path = output().stage(name);
    staged_.push_back({path, safeFileName(stem)});
    sheetNames_.clear();
    auto book = std::make_unique<XlsxWorkbook>(path, layout_.text("title"), workspace_.clock());
    book->setNumberFormats(common_.text("numberFormats.percent"),
                           common_.text("numberFormats.dateTime"));
    book->setOmittedRowsNote(common_.text("omittedRowsNote"));
    return book;
}

std::string ReportRun::sheetName(const std::string& name) {
    const auto base = firstCharacters(safeFileName(name), kSheetNameMax);
    auto candidate = base;
    for (int n = 2; sheetNames_.count(candidate) > 0; ++n) {
        const auto suffix = "(" + std::to_string(n) + ")";
        candidate = firstCharacters(base, kSheetNameMax - suffix.size()) + suffix;
    }
    sheetNames_.insert(candidate);
    return candidate;
}

void ReportRun::addOverview(XlsxWorkbook& book, const Scope& scope,
                            const std::vector<OverviewItem>& items) {
    const auto sheet = common_.sheet("overviewSheet", {"item", "value"});
    auto& table = book.addTable(sheetName(sheet.name), sheet.xlsxColumns(), false);
    LayoutRow row(table, sheet);
    const auto put = [&](const std::string& label, const std::string& text,
                         std::optional<double> number = std::nullopt) {
        row.text("item", label);
        if (number) {
            row.number("value", *number);
        } else {
            row.text("value", text);
        }
        row.write();
    };
    put(common_.text("overview.report"), layout_.text("title"));
    put(common_.text("overview.workspace"), workspace_.name());
    put(common_.text("overview.generatedAt"), localNow());
    put(common_.text("overview.scope"),
        scope.only != nullptr ? centerName(*scope.only) : common_.text("overview.allCenters"));
    for (const auto& item : items) {
        put(item.label, item.text, item.number);
    }
    put(common_.text("overview.problems"), {}, static_cast<double>(problemCount(scope)));
}

void ReportRun::closeWorkbook(XlsxWorkbook& book, const Scope& scope) {
    const auto problems = problemsOf(scope);
    if (!problems.empty()) {
        const auto sheet = common_.sheet("problemsSheet", {"center", "student_no", "message"});
        auto& table = book.addTable(sheetName(sheet.name), sheet.xlsxColumns());
        LayoutRow row(table, sheet);
        for (const auto& p : problems) {
            row.text("center", p.center).text("student_no", p.studentNo).text("message", p.message);
            row.write();
        }
    }
    book.close();
}

void ReportRun::problem(const CenterProgress& center, const std::string& studentNo,
                        const std::string& code, const std::map<std::string, std::string>& values) {
    problems_.push_back(
        {studentNo, centerName(center), fillIn(common_.text("messages." + code), values)});
}

void ReportRun::recordProblems(const CenterProgress& center, const StudentProgress& student) {
    const auto& no = student.student.studentNo;
    if (center.center.id == 0) {
        problem(center, no, "no_center");
    }
    if (student.photoMissing) {
        problem(center, no, "photo_missing",
                {{"version", std::to_string(student.latestPhoto->version)}});
    }
    if (student.statusStale()) {
        problem(center, no, "status_stale", {{"status", statusLabel(student.student.status)}});
    }
}

std::vector<ReportProblem> ReportRun::problemsOf(const Scope& scope) const {
    if (scope.only == nullptr) {
        return problems_;
    }
    const auto name = centerName(*scope.only);
    std::vector<ReportProblem> out;
    for (const auto& p : problems_) {
        if (p.center.empty() || p.center == name) {
            out.push_back(p);
        }
    }
    return out;
}

std::size_t ReportRun::problemCount(const Scope& scope) const {
    return problemsOf(scope).size();
}

std::string ReportRun::statusLabel(domain::StudentStatus status) const {
    const std::string code(domain::toCode(status));
    const auto it = statusLabels_.find(code);
    return it == statusLabels_.end() ? code : it->second;
}

std::string ReportRun::reasonTexts(const std::vector<std::string>& codes, bool advice) {
    std::string out;
    for (const auto& code : codes) {
        std::string text = code;
        if (reasons_.has(code)) {
            const auto t = reasons_.text(code, kLanguage);
            text = advice ? t.action : t.problem;
        } else if (unknownReasons_.insert(code).second) {
            problems_.push_back(
                {"", "", fillIn(common_.text("messages.unknown_reason"), {{"code", code}})});
        }
        out += (out.empty() ? std::string() : common_.text("listSeparator")) + text;
    }
    return out;
}

std::string ReportRun::reasonLabels(const std::vector<std::string>& codes) {
    return reasonTexts(codes, false);
}

std::string ReportRun::reasonAdvice(const std::vector<std::string>& codes) {
    return reasonTexts(codes, true);
}

ReportResult ReportRun::finish(std::map<std::string, std::size_t> counts) {
    ReportResult result;
    for (const auto& s : staged_) {
        result.files.push_back(publishUnique(s.path, output().folder(), s.stem, ".xlsx"));
    }
    result.problems = problems_;
    result.counts = std::move(counts);
    result.counts["files"] = result.files.size();
    result.counts["problems"] = problems_.size();
    return result;
}

} // namespace gp::reports
