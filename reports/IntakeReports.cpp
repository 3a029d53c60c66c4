#include "IntakeReports.h"

#include "ReportOutput.h"
#include "UniquePublish.h"
#include "XlsxWorkbook.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>

namespace gp::reports {
namespace {

namespace fs = std::filesystem;
using intake::PhotoKind;
using intake::PhotoOutcome;

constexpr const char* kLanguage = "zh_CN";

/// The Chinese label of a FieldChange code. The fixed fields are listed here rather than read
/// from templates/roster-columns.json because the report is not given that file's path (and
/// the field set itself is fixed in code, RosterField); IntakeReportsTest checks every label
/// against the file so the two cannot drift apart. "extra:<header>" shows the header itself.
std::string fieldLabel(std::string_view code) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kLabels{{
        {"student_no", "学号"},
        {"name", "姓名"},
        {"sex", "性别"},
        {"id_number", "身份证号"},
        {"id_type", "证件类型"},
        {"birth_date", "出生日期"},
        {"ethnicity", "民族"},
        {"level", "层次"},
        {"major", "专业"},
        {"grade", "年级"},
        {"center", "教学点"},
        {"class_name", "班级"},
        {"phone", "联系电话"},
        {"exam_no", "考生号"},
        {"collection_code", "图像采集码"},
        {"graduation_term", "毕业届别"},
        {"mailing_address", "邮寄地址"},
        {"withdrawn", "移出名单"},
    }};
    constexpr std::string_view kExtra = "extra:";
    if (code.starts_with(kExtra)) {
        return std::string(code.substr(kExtra.size()));
    }
    for (const auto& [c, label] : kLabels) {
        if (c == code) {
            return std::string(label);
        }
    }
    return std::string(code);
}

/// A changed value as shown: the withdrawn flag's yes / no as 是 / 否, others as they are.
std::string fieldValue(std::string_view code, const std::string& value) {
    if (code == "withdrawn") {
        return value == "yes" ? "是" : value == "no" ? "否" : value;
    }
    return value;
}

std::string_view severityLabel(bool error) {
    return error ? "错误" : "警告";
}

std::string_view outcomeLabel(PhotoOutcome outcome) {
    switch (outcome) {
    case PhotoOutcome::NewVersion:
        return "新版本";
    case PhotoOutcome::Unchanged:
        return "未变化";
    case PhotoOutcome::Refused:
        return "拒收";
    }
    return "";
}

std::string_view kindLabel(PhotoKind kind) {
    switch (kind) {
    case PhotoKind::Submission:
        return "提交照片";
    case PhotoKind::Enrollment:
        return "入学照片";
    case PhotoKind::IdCard:
        return "身份证照片";
    }
    return "";
}

/// PhotoIntakeItem::matchedBy (a MatchKey code or "manifest") in Chinese.
std::string matchedByLabel(const std::string& code) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kLabels{{
        {"student-no", "学号"},
        {"id-number", "身份证号"},
        {"exam-no", "考生号"},
        {"collection-code", "图像采集码"},
        {"manifest", "清单文件"},
    }};
    for (const auto& [c, label] : kLabels) {
        if (c == code) {
            return std::string(label);
        }
    }
    return code;
}

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : "、") + item;
    }
    return out;
}

/// The summary sheet: one fact per row.
class Summary {
public:
    explicit Summary(XlsxWorkbook& book)
        : table_(book.addTable("概况", {{"项目", 24}, {"内容", 80}}, false)) {}

    Summary& text(std::string_view label, std::string_view value) {
        table_.text(label).text(value).endRow();
        return *this;
    }
    Summary& count(std::string_view label, std::size_t value) {
        table_.text(label).count(value).endRow();
        return *this;
    }

private:
    XlsxTable& table_;
};

/// Checks the folder (UserError before any work), writes the workbook into a staging folder,
/// and moves it into place only once workbook_close() succeeded, under
/// <prefix>-<yyyymmdd-hhmmss>[-n].xlsx so that no earlier report is replaced.
template <class Fill>
fs::path writeWorkbook(const fs::path& exportsDir, const std::string& prefix,
                       const std::string& title, const Clock& clock, Fill fill) {
    ReportOutput output(exportsDir);
    const auto stem = prefix + "-" + clock.nowStamp();
    const auto staged = output.stage(stem + ".xlsx");
    XlsxWorkbook book(staged, title, clock);
    fill(book);
    book.close();
    return publishUnique(staged, output.folder(), stem, ".xlsx");
}

void writeRosterSummary(XlsxWorkbook& book, const intake::RosterPlan& plan, const Clock& clock) {
    const auto errors = static_cast<std::size_t>(std::count_if(
        plan.problems.begin(), plan.problems.end(), [](const auto& p) { return p.error; }));
    std::string format = plan.format;
    if (!plan.encoding.empty()) {
        format += "（编码 " + plan.encoding + "）";
    }
    Summary summary(book);
    summary.text("生成时间 (UTC)", clock.nowIso())
        .text("花名册文件", plan.file.string())
        .text("文件格式", format)
        .text("工作表", plan.sheetName)
        .count("表头所在行", static_cast<std::size_t>(std::max(plan.headerRow, 0)))
        .count("读取行数", plan.rowsRead)
        .count("有错误的行", plan.errorRows)
        .count("错误", errors)
        .count("警告", plan.problems.size() - errors)
        .count("新增学生", plan.added.size())
        .count("信息变更的学生", plan.changed.size())
        .count("移出名单的学生", plan.withdrawn.size())
        .count("未变化的学生", plan.unchanged)
        .count("新教学点", plan.newCenters.size());
    if (!plan.newCenters.empty()) {
        summary.text("新教学点名称", joined(plan.newCenters));
    }
    if (!plan.duplicateColumns.empty()) {
        summary.text("重复的列（按附加信息保存）", joined(plan.duplicateColumns));
    }
}

void writeRosterProblems(XlsxWorkbook& book, const intake::RosterPlan& plan,
                         const MessageCatalog& messages) {
    auto& table = book.addTable("问题", {{"行号", 8},
                                         {"列", 20},
                                         {"单元格内容", 30},
                                         {"级别", 8},
                                         {"问题", 50},
                                         {"处理办法", 60},
                                         {"代码", 28}});
    // By row, as staff work through the file; problems found while comparing with the
    // workspace come after validation's, so the plan's order is not quite that.
    std::vector<const intake::RosterProblem*> problems;
    problems.reserve(plan.problems.size());
    for (const auto& p : plan.problems) {
        problems.push_back(&p);
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto* a, const auto* b) { return a->row < b->row; });
    for (const auto* p : problems) {
        const auto text = messages.text(p->code, kLanguage);
        if (p->row > 0) {
            table.count(static_cast<std::size_t>(p->row));
        } else {
            table.skip();
        }
        table.text(p->column)
            .text(p->value)
            .text(severityLabel(p->error))
            .text(text.problem)
            .text(text.action)
            .text(p->code)
            .endRow();
    }
}

void writeRosterChanges(XlsxWorkbook& book, const intake::RosterPlan& plan) {
    auto& table = book.addTable("变更", {{"变更类型", 10},
                                         {"行号", 8},
                                         {"学号", 20},
                                         {"姓名", 14},
                                         {"身份证号", 22},
                                         {"教学点", 30},
                                         {"字段", 16},
                                         {"原值", 40},
                                         {"新值", 40}});
    for (const auto& row : plan.added) {
        const auto& s = row.student;
        table.text("新增").count(static_cast<std::size_t>(std::max(row.fileRow, 0)));
        table.text(s.studentNo).text(s.name).text(s.idNumber).text(row.centerName).endRow();
    }
    for (const auto& change : plan.changed) {
        const auto& s = change.student;
        for (const auto& field : change.changes) {
            table.text("变更").skip();
            table.text(s.studentNo).text(s.name).text(s.idNumber).text(change.centerName);
            table.text(fieldLabel(field.field))
                .text(fieldValue(field.field, field.before))
                .text(fieldValue(field.field, field.after))
                .endRow();
        }
    }
    for (const auto& s : plan.withdrawn) {
        // The plan names a withdrawn student's center by id only; the 学号 finds it.
        table.text("移出名单").skip();
        table.text(s.studentNo).text(s.name).text(s.idNumber).endRow();
    }
}

void writePhotoSummary(XlsxWorkbook& book, const intake::PhotoIntakeResult& result,
                       const MessageCatalog& messages, const Clock& clock) {
    Summary summary(book);
    summary.text("生成时间 (UTC)", clock.nowIso())
        .text("来源", result.source.string())
        .text("照片类型", kindLabel(result.kind))
        .text("状态",
              result.stopped ? "已中止，其余文件未处理（重新导入会跳过已导入的文件）" : "完成")
        .count("文件数", result.items.size())
        .count("已匹配", result.matched())
        .count("新版本", result.count(PhotoOutcome::NewVersion))
        .count("未变化", result.count(PhotoOutcome::Unchanged))
        .count("未匹配", result.unmatched())
        .count("拒收", result.count(PhotoOutcome::Refused));
    for (const auto& [code, n] : result.refusedByReason()) {
        summary.count("拒收：" + messages.text(code, kLanguage).problem, n);
    }
}

/// EXIF orientation as a reviewer reads it: the photo is shown and checked turned upright.
std::string orientationLabel(int orientation, bool known) {
    if (!known) {
        return {};
    }
    switch (orientation) {
    case 1:
        return "正常";
    case 2:
        return "水平翻转（已按此显示）";
    case 3:
        return "旋转 180°（已转正）";
    case 4:
        return "垂直翻转（已按此显示）";
    case 5:
    case 7:
        return "翻转并旋转 90°（已转正）";
    case 6:
        return "顺时针 90°（已转正）";
    case 8:
        return "逆时针 90°（已转正）";
    default:
        return "未知 (" + std::to_string(orientation) + ")";
    }
}

void writePhotoFiles(XlsxWorkbook& book, const intake::PhotoIntakeResult& result,
                     const MessageCatalog& messages) {
    auto& table = book.addTable("文件", {{"文件", 60},
                                         {"结果", 10},
                                         {"学号", 20},
                                         {"姓名", 14},
                                         {"匹配方式", 12},
                                         {"版本", 8},
                                         {"格式", 8},
                                         {"尺寸（像素）", 16},
                                         {"拍摄方向", 22},
                                         {"问题", 40},
                                         {"处理办法", 50},
                                         {"详情", 40}});
    for (const auto& item : result.items) {
        table.text(item.path)
            .text(outcomeLabel(item.outcome))
            .text(item.studentNo)
            .text(item.studentName)
            .text(matchedByLabel(item.matchedBy));
        if (item.version > 0) {
            table.count(static_cast<std::size_t>(item.version));
        } else {
            table.skip();
        }
        table.text(upper(item.format));
        if (item.width > 0 && item.height > 0) {
            table.text(std::to_string(item.width) + " × " + std::to_string(item.height));
        } else {
            table.skip();
        }
        table.text(orientationLabel(item.exifOrientation, item.width > 0));
        if (!item.problemCode.empty()) {
            const auto text = messages.text(item.problemCode, kLanguage);
            table.text(text.problem).text(text.action);
        } else {
            table.skip().skip();
        }
        table.text(item.detail).endRow();
    }
}

} // namespace

fs::path writeRosterReport(const intake::RosterPlan& plan, const MessageCatalog& messages,
                           const fs::path& exportsDir, const Clock& clock) {
    return writeWorkbook(exportsDir, "roster-errors", "花名册导入检查", clock,
                         [&](XlsxWorkbook& book) {
                             writeRosterSummary(book, plan, clock);
                             writeRosterProblems(book, plan, messages);
                             writeRosterChanges(book, plan);
                         });
}

fs::path writePhotoIntakeReport(const intake::PhotoIntakeResult& result,
                                const MessageCatalog& messages, const fs::path& exportsDir,
                                const Clock& clock) {
    return writeWorkbook(exportsDir, "photo-intake", "照片导入结果", clock,
                         [&](XlsxWorkbook& book) {
                             writePhotoSummary(book, result, messages, clock);
                             writePhotoFiles(book, result, messages);
                         });
}

} // namespace gp::reports
