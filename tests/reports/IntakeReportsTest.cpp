// The intake workbooks written and read back with the program's own reader: sheet names,
// headers, rows, Chinese texts from templates/reports/intake.json and the catalogue, the
// campaign's local time, identifiers as text cells, summary counts, and how the file is put in
// place.
#include "reports/IntakeReports.h"

#include "core/common/UserError.h"
#include "core/intake/RosterColumns.h"
#include "core/intake/RosterSheet.h"
#include "core/intake/roster/SheetTable.h"
#include "gradphoto/BuildInfo.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace gp::reports {
namespace {

namespace fs = std::filesystem;
using intake::SheetCell;
using intake::SheetTable;

const fs::path kTemplates = fs::path(build::kSourceDir) / "templates";

/// 2026-11-21T08:53:59Z.
FixedClock clockAt085359() {
    auto clock = test::fixedClock();
    clock.advance(std::chrono::minutes(53) + std::chrono::seconds(59));
    return clock;
}

MessageCatalog catalogue() {
    return MessageCatalog::load(kTemplates / "intake-messages.json");
}

SheetCell cell(const SheetTable& sheet, std::size_t row, std::size_t column) {
    if (row >= sheet.rows.size() || column >= sheet.rows[row].size()) {
        return {};
    }
    return sheet.rows[row][column];
}

std::vector<std::string> texts(const std::vector<SheetCell>& row) {
    std::vector<std::string> out;
    for (const auto& c : row) {
        out.push_back(c.text);
    }
    return out;
}

/// A copy, so that it may outlive the workbook read.
SheetTable sheetNamed(const intake::Workbook& book, const std::string& name) {
    for (const auto& sheet : book.sheets) {
        if (sheet.name == name) {
            return sheet;
        }
    }
    throw std::runtime_error("no sheet " + name);
}

/// The summary's value for a label (column B of the row whose column A is label).
SheetCell summaryValue(const SheetTable& summary, const std::string& label) {
    for (const auto& row : summary.rows) {
        if (!row.empty() && row[0].text == label) {
            return row.size() > 1 ? row[1] : SheetCell{};
        }
    }
    ADD_FAILURE() << "no summary row " << label;
    return {};
}

/// The first data row whose cell in column equals value.
const std::vector<SheetCell>* findRow(const SheetTable& sheet, std::size_t column,
                                      const std::string& value) {
    for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
        if (cell(sheet, r, column).text == value) {
            return &sheet.rows[r];
        }
    }
    return nullptr;
}

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

domain::Student student(const std::string& no, const std::string& name, const std::string& id) {
    auto s = test::student(no, name);
    s.idNumber = id;
    return s;
}

intake::RosterPlan samplePlan() {
    intake::RosterPlan plan;
    plan.file = "/data/2026届毕业生名单.xlsx";
    plan.format = "xlsx";
    plan.sheetName = "Sheet1";
    plan.headerRow = 2;
    plan.rowsRead = 120;
    plan.errorRows = 3;
    plan.unchanged = 110;
    plan.newCenters = {"宝鸡教学点", "汉中教学点"};
    plan.problems = {
        {7, "身份证号", "6.10102E+17", "id_scientific", true},
        {3, "学号", "", "missing_student_no", true},
        {9, "身份证号", "61010219900307123", "id_bad_length", true},
        {12, "身份证号", "110105491231002", "id_fifteen_digit", false},
        {5, "学号", "2021001", "student_no_numeric", false},
    };

    intake::ValidatedRow added;
    added.fileRow = 4;
    added.student = student("0012021001", "张三", "11010519491231002X");
    added.centerName = "西安教学点";
    plan.added.push_back(added);

    intake::StudentChange changed;
    changed.student = student("0012021002", "李四", "610102198001011234");
    changed.student.id = 2;
    changed.centerName = "宝鸡教学点";
    changed.changes = {
        {"center", "西安教学点", "宝鸡教学点"},
        {"phone", "13800000000", "13900000000"},
        {"extra:备注", "", "延期毕业"},
        {"withdrawn", "yes", "no"},
    };
    plan.changed.push_back(changed);

    auto gone = student("0012021003", "王五", "610102198502021111");
    gone.id = 3;
    plan.withdrawn.push_back(gone);
    return plan;
}

intake::PhotoIntakeItem item(std::string path, intake::PhotoOutcome outcome, std::string no,
                             std::string problem = {}) {
    intake::PhotoIntakeItem i;
    i.path = std::move(path);
    i.outcome = outcome;
    i.studentNo = std::move(no);
    i.problemCode = std::move(problem);
    return i;
}

intake::PhotoIntakeResult sampleIntake() {
    using intake::PhotoOutcome;
    intake::PhotoIntakeResult result;
    result.source = "/data/照片/第一批.zip";
    result.kind = intake::PhotoKind::Submission;
    auto fresh = item("西安/0012021001.jpg", PhotoOutcome::NewVersion, "0012021001");
    fresh.studentName = "张三";
    fresh.matchedBy = "student-no";
    fresh.version = 2;
    fresh.format = "jpeg";
    fresh.width = 480;
    fresh.height = 640;
    result.items.push_back(fresh);
    auto same = item("西安/11010519491231002X.jpg", PhotoOutcome::Unchanged, "0012021001");
    same.matchedBy = "id-number";
    same.format = "jpeg";
    result.items.push_back(same);
    result.items.push_back(item("杂项/合影.jpg", PhotoOutcome::Refused, "", "no_matching_student"));
    result.items.push_back(item("杂项/其他.jpg", PhotoOutcome::Refused, "", "no_matching_student"));
    result.items.push_back(item("说明.docx", PhotoOutcome::Refused, "", "not_an_image"));
    auto twin =
        item("0012021002.jpg", PhotoOutcome::Refused, "0012021002", "same_bytes_other_student");
    twin.detail = "0012021001";
    result.items.push_back(twin);
    return result;
}

TEST(RosterReport, IsNamedByTheClockAndHasThreeChineseSheets) {
    test::TempDir tmp;
    const auto path =
        writeRosterReport(samplePlan(), catalogue(), kTemplates, tmp / "exports", clockAt085359());
    EXPECT_EQ(path, tmp / "exports" / "roster-errors-20261121-165359.xlsx");
    EXPECT_EQ(entries(tmp / "exports"), 1u) << "no staging folder left behind";

    const auto book = intake::readWorkbook(path);
    ASSERT_EQ(book.sheets.size(), 3u);
    EXPECT_EQ(book.sheets[0].name, "概况");
    EXPECT_EQ(book.sheets[1].name, "问题");
    EXPECT_EQ(book.sheets[2].name, "变更");
    EXPECT_EQ(texts(book.sheets[0].rows.at(0)), (std::vector<std::string>{"项目", "内容"}));
    EXPECT_EQ(
        texts(book.sheets[1].rows.at(0)),
        (std::vector<std::string>{"行号", "列", "单元格内容", "级别", "问题", "处理办法", "代码"}));
    EXPECT_EQ(texts(book.sheets[2].rows.at(0)),
              (std::vector<std::string>{"变更类型", "行号", "学号", "姓名", "身份证号", "教学点",
                                        "字段", "原值", "新值"}));
}

TEST(RosterReport, SummaryCountsThePlan) {
    test::TempDir tmp;
    const auto path =
        writeRosterReport(samplePlan(), catalogue(), kTemplates, tmp.path(), clockAt085359());
    const auto summary = sheetNamed(intake::readWorkbook(path), "概况");
    const auto number = [&](const std::string& label) {
        const auto c = summaryValue(summary, label);
        EXPECT_EQ(c.kind, SheetCell::Kind::Number) << label;
        return c.number;
    };
    EXPECT_EQ(summaryValue(summary, "花名册文件").text, "/data/2026届毕业生名单.xlsx");
    EXPECT_EQ(summaryValue(summary, "工作表").text, "Sheet1");
    EXPECT_EQ(summaryValue(summary, "生成时间（北京时间）").text, "2026-11-21 16:53")
        << "08:53:59 UTC is 16:53 in Beijing (common.json utcOffsetMinutes 480)";
    EXPECT_EQ(summaryValue(summary, "文件格式").text, "xlsx");
    EXPECT_EQ(number("表头所在行"), 2);
    EXPECT_EQ(number("读取行数"), 120);
    EXPECT_EQ(number("有错误的行"), 3);
    EXPECT_EQ(number("错误"), 3);
    EXPECT_EQ(number("警告"), 2);
    EXPECT_EQ(number("新增学生"), 1);
    EXPECT_EQ(number("信息变更的学生"), 1);
    EXPECT_EQ(number("移出名单的学生"), 1);
    EXPECT_EQ(number("未变化的学生"), 110);
    EXPECT_EQ(number("新教学点"), 2);
    EXPECT_EQ(summaryValue(summary, "新教学点名称").text, "宝鸡教学点、汉中教学点");
}

TEST(RosterReport, ProblemsAreSortedByRowWithCatalogueTextsAndSeverity) {
    test::TempDir tmp;
    const auto messages = catalogue();
    const auto plan = samplePlan();
    const auto path = writeRosterReport(plan, messages, kTemplates, tmp.path(), clockAt085359());
    const auto problems = sheetNamed(intake::readWorkbook(path), "问题");
    ASSERT_EQ(problems.rows.size(), 1 + plan.problems.size());

    std::vector<double> rows;
    for (std::size_t r = 1; r < problems.rows.size(); ++r) {
        EXPECT_EQ(cell(problems, r, 0).kind, SheetCell::Kind::Number);
        rows.push_back(cell(problems, r, 0).number);
    }
    EXPECT_EQ(rows, (std::vector<double>{3, 5, 7, 9, 12}));

    for (const auto& p : plan.problems) {
        const auto* row = findRow(problems, 6, p.code);
        ASSERT_NE(row, nullptr) << p.code;
        const auto text = messages.text(p.code, "zh_CN");
        EXPECT_EQ((*row)[1].text, p.column);
        EXPECT_EQ((*row)[3].text, p.error ? "错误" : "警告") << p.code;
        EXPECT_EQ((*row)[4].text, text.problem);
        EXPECT_EQ((*row)[5].text, text.action);
        EXPECT_NE(text.problem, p.code) << "the catalogue has a Chinese text";
    }
    const auto* scientific = findRow(problems, 6, "id_scientific");
    EXPECT_EQ((*scientific)[2].kind, SheetCell::Kind::Text);
    EXPECT_EQ((*scientific)[2].text, "6.10102E+17");
    const auto* numeric = findRow(problems, 6, "student_no_numeric");
    EXPECT_EQ((*numeric)[2].kind, SheetCell::Kind::Text) << "a value as read stays text";
}

TEST(RosterReport, ChangesListAddedChangedFieldByFieldAndWithdrawn) {
    test::TempDir tmp;
    const auto path =
        writeRosterReport(samplePlan(), catalogue(), kTemplates, tmp.path(), clockAt085359());
    const auto changes = sheetNamed(intake::readWorkbook(path), "变更");
    ASSERT_EQ(changes.rows.size(), 1u + 1 + 4 + 1);

    const auto& added = changes.rows[1];
    EXPECT_EQ(added[0].text, "新增");
    EXPECT_EQ(added[1].number, 4);
    EXPECT_EQ(added[2].kind, SheetCell::Kind::Text);
    EXPECT_EQ(added[2].text, "0012021001") << "leading zeros kept";
    EXPECT_EQ(added[3].text, "张三");
    EXPECT_EQ(added[4].kind, SheetCell::Kind::Text);
    EXPECT_EQ(added[4].text, "11010519491231002X");
    EXPECT_EQ(added[5].text, "西安教学点");

    const std::vector<std::vector<std::string>> expected{
        {"教学点", "西安教学点", "宝鸡教学点"},
        {"联系电话", "13800000000", "13900000000"},
        {"备注", "", "延期毕业"},
        {"移出名单", "是", "否"},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& row = changes.rows[2 + i];
        EXPECT_EQ(row[0].text, "变更");
        EXPECT_EQ(row[2].text, "0012021002");
        EXPECT_EQ(row[4].kind, SheetCell::Kind::Text);
        EXPECT_EQ(row[4].text, "610102198001011234") << "the full ID, as a text cell";
        EXPECT_EQ(row[5].text, "宝鸡教学点");
        EXPECT_EQ(cell(changes, 2 + i, 6).text, expected[i][0]);
        EXPECT_EQ(cell(changes, 2 + i, 7).text, expected[i][1]);
        EXPECT_EQ(cell(changes, 2 + i, 8).text, expected[i][2]);
    }
    EXPECT_EQ(cell(changes, 3, 7).kind, SheetCell::Kind::Text) << "phone numbers are text";

    const auto& withdrawn = changes.rows[6];
    EXPECT_EQ(withdrawn[0].text, "移出名单");
    EXPECT_EQ(withdrawn[2].text, "0012021003");
    EXPECT_EQ(withdrawn[4].text, "610102198502021111");
}

TEST(RosterReport, EveryRosterFieldHasTheLabelOfTheColumnsTemplate) {
    const auto columns = intake::RosterColumns::load(kTemplates / "roster-columns.json");
    intake::RosterPlan plan;
    intake::StudentChange change;
    change.student = student("2021009", "赵六", "");
    for (std::size_t f = 0; f < intake::kRosterFieldCount; ++f) {
        const auto field = static_cast<intake::RosterField>(f);
        change.changes.push_back({std::string(intake::toCode(field)), "a", "b"});
    }
    plan.changed.push_back(change);

    test::TempDir tmp;
    const auto path = writeRosterReport(plan, catalogue(), kTemplates, tmp.path(), clockAt085359());
    const auto changes = sheetNamed(intake::readWorkbook(path), "变更");
    ASSERT_EQ(changes.rows.size(), 1 + intake::kRosterFieldCount);
    for (std::size_t f = 0; f < intake::kRosterFieldCount; ++f) {
        const auto field = static_cast<intake::RosterField>(f);
        EXPECT_EQ(cell(changes, 1 + f, 6).text, columns.label(field)) << intake::toCode(field);
    }
}

TEST(PhotoIntakeReport, SummaryAndFilesInChinese) {
    test::TempDir tmp;
    const auto messages = catalogue();
    const auto result = sampleIntake();
    const auto path =
        writePhotoIntakeReport(result, messages, kTemplates, tmp / "exports", clockAt085359());
    EXPECT_EQ(path, tmp / "exports" / "photo-intake-20261121-165359.xlsx");

    const auto book = intake::readWorkbook(path);
    ASSERT_EQ(book.sheets.size(), 2u);
    EXPECT_EQ(book.sheets[0].name, "概况");
    EXPECT_EQ(book.sheets[1].name, "文件");

    const auto& summary = book.sheets[0];
    EXPECT_EQ(summaryValue(summary, "生成时间（北京时间）").text, "2026-11-21 16:53");
    EXPECT_EQ(summaryValue(summary, "照片类型").text, "提交照片");
    EXPECT_EQ(summaryValue(summary, "来源").text, "/data/照片/第一批.zip");
    EXPECT_EQ(summaryValue(summary, "状态").text, "完成");
    EXPECT_EQ(summaryValue(summary, "文件数").number, 6);
    EXPECT_EQ(summaryValue(summary, "已匹配").number, 2);
    EXPECT_EQ(summaryValue(summary, "新版本").number, 1);
    EXPECT_EQ(summaryValue(summary, "未变化").number, 1);
    EXPECT_EQ(summaryValue(summary, "未匹配").number, 2);
    EXPECT_EQ(summaryValue(summary, "拒收").number, 4);
    const auto refused = [&](const std::string& code) {
        return summaryValue(summary, "拒收：" + messages.text(code, "zh_CN").problem).number;
    };
    EXPECT_EQ(refused("no_matching_student"), 2);
    EXPECT_EQ(refused("not_an_image"), 1);
    EXPECT_EQ(refused("same_bytes_other_student"), 1);

    const auto& files = book.sheets[1];
    EXPECT_EQ(texts(files.rows.at(0)),
              (std::vector<std::string>{"文件", "结果", "学号", "姓名", "匹配方式", "版本", "格式",
                                        "尺寸（像素）", "拍摄方向", "问题", "处理办法", "详情"}));
    ASSERT_EQ(files.rows.size(), 1 + result.items.size());
    const auto& fresh = files.rows[1];
    EXPECT_EQ(fresh[0].text, "西安/0012021001.jpg");
    EXPECT_EQ(fresh[1].text, "新版本");
    EXPECT_EQ(fresh[2].kind, SheetCell::Kind::Text);
    EXPECT_EQ(fresh[2].text, "0012021001");
    EXPECT_EQ(fresh[3].text, "张三");
    EXPECT_EQ(fresh[4].text, "学号");
    EXPECT_EQ(fresh[5].number, 2);
    EXPECT_EQ(fresh[6].text, "JPEG");
    EXPECT_EQ(fresh[7].text, "480 × 640");
    EXPECT_EQ(fresh[8].text, "正常");
    EXPECT_EQ(cell(files, 2, 8).text, "") << "no size read, no orientation told";
    EXPECT_EQ(cell(files, 2, 1).text, "未变化");
    EXPECT_EQ(cell(files, 2, 4).text, "身份证号");
    const std::vector<std::string> outcomes{"新版本", "未变化", "拒收", "拒收", "拒收", "拒收"};
    for (std::size_t i = 0; i < result.items.size(); ++i) {
        EXPECT_EQ(cell(files, 1 + i, 1).text, outcomes[i]);
        const auto& code = result.items[i].problemCode;
        EXPECT_EQ(cell(files, 1 + i, 9).text,
                  code.empty() ? std::string() : messages.text(code, "zh_CN").problem);
        EXPECT_EQ(cell(files, 1 + i, 10).text,
                  code.empty() ? std::string() : messages.text(code, "zh_CN").action);
    }
    EXPECT_EQ(cell(files, 6, 11).kind, SheetCell::Kind::Text);
    EXPECT_EQ(cell(files, 6, 11).text, "0012021001") << "the other student's 学号, as text";
}

TEST(PhotoIntakeReport, OrientationsAndOtherMatchesAreNamed) {
    intake::PhotoIntakeResult result;
    for (const int orientation : {6, 8, 9}) {
        auto i = item("p" + std::to_string(orientation) + ".jpg", intake::PhotoOutcome::NewVersion,
                      "0012021001");
        i.exifOrientation = orientation;
        i.width = 480;
        i.height = 640;
        i.matchedBy = orientation == 6 ? "manifest" : "collection-code";
        result.items.push_back(i);
    }
    test::TempDir tmp;
    const auto path =
        writePhotoIntakeReport(result, catalogue(), kTemplates, tmp.path(), clockAt085359());
    const auto files = sheetNamed(intake::readWorkbook(path), "文件");
    EXPECT_EQ(cell(files, 1, 8).text, "顺时针 90°（已转正）");
    EXPECT_EQ(cell(files, 2, 8).text, "逆时针 90°（已转正）");
    EXPECT_EQ(cell(files, 3, 8).text, "未知 (9)");
    EXPECT_EQ(cell(files, 1, 4).text, "清单文件");
    EXPECT_EQ(cell(files, 2, 4).text, "图像采集码");
}

TEST(RosterReport, ACsvNamesItsEncodingAndDuplicateColumns) {
    auto plan = samplePlan();
    plan.format = "csv";
    plan.encoding = "GB18030";
    plan.duplicateColumns = {"备注", "电话"};
    test::TempDir tmp;
    const auto path = writeRosterReport(plan, catalogue(), kTemplates, tmp.path(), clockAt085359());
    const auto summary = sheetNamed(intake::readWorkbook(path), "概况");
    EXPECT_EQ(summaryValue(summary, "文件格式").text, "csv（编码 GB18030）");
    EXPECT_EQ(summaryValue(summary, "重复的列（按附加信息保存）").text, "备注、电话");
}

TEST(IntakeReports, AMissingTemplateFailsAndWritesNothing) {
    test::TempDir tmp;
    fs::create_directories(tmp / "templates" / "reports");
    fs::copy_file(kTemplates / "reports" / "common.json",
                  tmp / "templates" / "reports" / "common.json");
    fs::copy_file(kTemplates / "roster-columns.json", tmp / "templates" / "roster-columns.json");
    try {
        writeRosterReport(samplePlan(), catalogue(), tmp / "templates", tmp / "exports",
                          clockAt085359());
        ADD_FAILURE() << "no UserError";
    } catch (const UserError& e) {
        EXPECT_NE(std::string(e.what()).find("intake.json"), std::string::npos) << e.what();
    }
    std::ofstream(tmp / "templates" / "reports" / "intake.json") << R"({"version": 1})";
    EXPECT_THROW(writePhotoIntakeReport(sampleIntake(), catalogue(), tmp / "templates",
                                        tmp / "exports", clockAt085359()),
                 UserError);
    EXPECT_FALSE(fs::exists(tmp / "exports") && entries(tmp / "exports") > 0);
}

TEST(PhotoIntakeReport, KindsAndAStoppedImportAreNamed) {
    test::TempDir tmp;
    auto result = sampleIntake();
    result.stopped = true;
    for (const auto& [kind, label] : {std::pair{intake::PhotoKind::Enrollment, "入学照片"},
                                      std::pair{intake::PhotoKind::IdCard, "身份证照片"}}) {
        result.kind = kind;
        const auto path =
            writePhotoIntakeReport(result, catalogue(), kTemplates, tmp.path(), clockAt085359());
        const auto summary = sheetNamed(intake::readWorkbook(path), "概况");
        EXPECT_EQ(summaryValue(summary, "照片类型").text, label);
        EXPECT_NE(summaryValue(summary, "状态").text.find("已中止"), std::string::npos);
    }
}

TEST(IntakeReports, UnwritableFolderFailsAndWritesNothing) {
    test::TempDir tmp;
    std::ofstream(tmp / "a-file") << "x";
    EXPECT_THROW(writeRosterReport(samplePlan(), catalogue(), kTemplates,
                                   tmp / "a-file" / "exports", clockAt085359()),
                 UserError);
    EXPECT_THROW(writePhotoIntakeReport(sampleIntake(), catalogue(), kTemplates, tmp / "a-file",
                                        clockAt085359()),
                 UserError);
    EXPECT_EQ(entries(tmp.path()), 1u);
    EXPECT_TRUE(fs::is_regular_file(tmp / "a-file"));
}

TEST(IntakeReports, TwoReportsInTheSameSecondAreBothKept) {
    test::TempDir tmp;
    const auto clock = clockAt085359();
    const auto first = writeRosterReport(samplePlan(), catalogue(), kTemplates, tmp.path(), clock);
    auto other = samplePlan();
    other.rowsRead = 7;
    const auto second = writeRosterReport(other, catalogue(), kTemplates, tmp.path(), clock);
    const auto third = writeRosterReport(other, catalogue(), kTemplates, tmp.path(), clock);
    EXPECT_EQ(first.filename(), "roster-errors-20261121-165359.xlsx");
    EXPECT_EQ(second.filename(), "roster-errors-20261121-165359-2.xlsx");
    EXPECT_EQ(third.filename(), "roster-errors-20261121-165359-3.xlsx");
    EXPECT_EQ(entries(tmp.path()), 3u);
    EXPECT_EQ(summaryValue(sheetNamed(intake::readWorkbook(first), "概况"), "读取行数").number,
              120);
    EXPECT_EQ(summaryValue(sheetNamed(intake::readWorkbook(second), "概况"), "读取行数").number, 7);
}

TEST(IntakeReports, AnEmptyPlanStillGivesHeadersAndZeros) {
    test::TempDir tmp;
    const auto path = writeRosterReport(intake::RosterPlan{}, catalogue(), kTemplates, tmp.path(),
                                        clockAt085359());
    const auto book = intake::readWorkbook(path);
    ASSERT_EQ(book.sheets.size(), 3u);
    EXPECT_EQ(book.sheets[1].rows.size(), 1u);
    EXPECT_EQ(book.sheets[2].rows.size(), 1u);
    EXPECT_EQ(summaryValue(book.sheets[0], "错误").number, 0);
}

} // namespace
} // namespace gp::reports
