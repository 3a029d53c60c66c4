// The status workbook, the retake list, the missing list and the spot-check sample, written from
// a campaign built in code and read back with the program's own reader: sheets, headers (as the
// templates say), rows and counts per center against the workspace, the chart part in the zip,
// reproducible sampling, split mode, and the errors that stop a report before any work.
#include "core/common/MessageCatalog.h"
#include "core/common/UserError.h"
#include "core/intake/roster/SheetTable.h"
#include "core/review/ReviewRows.h"
#include "core/store/CampaignSettings.h"
#include "core/store/Transaction.h"
#include "gradphoto/BuildInfo.h"
#include "reports/CampaignProgress.h"
#include "reports/ReportKinds.h"
#include "reports/ReportTemplate.h"
#include "reports/RetakeList.h"
#include "reports/SpotCheckSample.h"
#include "tests/reports/CampaignFixture.h"
#include "tests/support/TempDir.h"

#include <Poco/StreamCopier.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <set>

namespace gp::reports {
namespace {

namespace fs = std::filesystem;
using intake::SheetCell;
using intake::SheetTable;
using test::CampaignFixture;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

const fs::path kTemplates = fs::path(build::kSourceDir) / "templates";

std::unique_ptr<ReportKind> kind(const std::string& id) {
    for (auto& k : allReportKinds(kTemplates)) {
        if (k->id() == id) {
            return std::move(k);
        }
    }
    throw std::runtime_error("no kind " + id);
}

std::vector<std::string> headersOf(const std::string& file, const std::string& sheet) {
    std::vector<std::string> out;
    const auto layout = ReportTemplate::load(kTemplates / "reports" / file);
    const auto value = layout.sheet(sheet, {"center",
                                            "roster",
                                            "submitted",
                                            "auto_pass",
                                            "approved",
                                            "in_progress",
                                            "retake",
                                            "not_submitted",
                                            "face_mismatch",
                                            "percent_complete",
                                            "student_no",
                                            "name",
                                            "sex",
                                            "level",
                                            "major",
                                            "class_name",
                                            "phone",
                                            "status",
                                            "reasons",
                                            "retake_round",
                                            "last_submitted",
                                            "auto_check",
                                            "face",
                                            "advice",
                                            "round",
                                            "source",
                                            "deadline",
                                            "center_phone",
                                            "center_contact",
                                            "grade",
                                            "approved_at",
                                            "photo_version",
                                            "call_result",
                                            "call_note",
                                            "auto_fail_awaiting_review"});
    for (const auto& c : value.columns) {
        out.push_back(c.header);
    }
    return out;
}

std::vector<std::string> texts(const std::vector<SheetCell>& row) {
    std::vector<std::string> out;
    for (const auto& c : row) {
        out.push_back(c.text);
    }
    return out;
}

std::vector<std::string> sheetNames(const intake::Workbook& book) {
    std::vector<std::string> out;
    for (const auto& s : book.sheets) {
        out.push_back(s.name);
    }
    return out;
}

const SheetTable& sheetNamed(const intake::Workbook& book, const std::string& name) {
    for (const auto& sheet : book.sheets) {
        if (sheet.name == name) {
            return sheet;
        }
    }
    throw std::runtime_error("no sheet " + name);
}

/// The column of the header row that reads header.
std::size_t column(const SheetTable& sheet, const std::string& header) {
    const auto& head = sheet.rows.at(0);
    for (std::size_t c = 0; c < head.size(); ++c) {
        if (head[c].text == header) {
            return c;
        }
    }
    throw std::runtime_error("no column " + header + " in " + sheet.name);
}

SheetCell cell(const SheetTable& sheet, std::size_t row, const std::string& header) {
    const auto c = column(sheet, header);
    const auto& r = sheet.rows.at(row);
    return c < r.size() ? r[c] : SheetCell{};
}

/// The data row whose column header holds value.
std::size_t rowWith(const SheetTable& sheet, const std::string& header, const std::string& value) {
    const auto c = column(sheet, header);
    for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
        if (c < sheet.rows[r].size() && sheet.rows[r][c].text == value) {
            return r;
        }
    }
    throw std::runtime_error("no row " + value + " in " + sheet.name);
}

/// The explanation sheet's value for a label.
SheetCell overview(const intake::Workbook& book, const std::string& label) {
    const auto& sheet = sheetNamed(book, "说明");
    return cell(sheet, rowWith(sheet, "项目", label), "内容");
}

std::vector<std::string> columnTexts(const SheetTable& sheet, const std::string& header) {
    std::vector<std::string> out;
    for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
        out.push_back(cell(sheet, r, header).text);
    }
    return out;
}

std::vector<fs::path> filesIn(const fs::path& dir) {
    std::vector<fs::path> out;
    if (!fs::exists(dir)) {
        return out; // a run makes its folder only when it stages its first file
    }
    for (const auto& e : fs::directory_iterator(dir)) {
        out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// The text of a part of an xlsx (a zip), or "" when there is no such part.
std::string zipPart(const fs::path& file, const std::string& part) {
    std::ifstream in(file, std::ios::binary);
    const Poco::Zip::ZipArchive archive(in);
    const auto it = archive.findHeader(part);
    if (it == archive.headerEnd()) {
        return {};
    }
    std::ifstream again(file, std::ios::binary);
    Poco::Zip::ZipInputStream zin(again, it->second);
    std::string text;
    Poco::StreamCopier::copyToString(zin, text);
    return text;
}

class SpreadsheetReports : public ::testing::Test {
protected:
    ReportResult runKind(const std::string& id, std::map<std::string, std::string> options = {},
                         std::optional<std::string> center = std::nullopt) {
        ReportRequest request;
        request.outputDir = out;
        request.center = std::move(center);
        request.options = std::move(options);
        request.createdBy = "tests";
        return kind(id)->run(*campaign.ws, request);
    }

    test::TempDir tmp;
    FixedClock clock = test::fixedClock(); // 2026-11-21 08:00 UTC, 16:00 in Beijing
    CampaignFixture campaign{tmp / "ws", clock};
    fs::path out = tmp / "out";
};

TEST(ReportKinds, TheRegistryListsTheSpreadsheetKinds) {
    std::vector<std::string> ids;
    for (const auto& k : allReportKinds(kTemplates)) {
        ids.push_back(k->id());
    }
    EXPECT_THAT(ids, ::testing::IsSupersetOf({"status", "retakes", "missing", "spotcheck"}));
}

TEST_F(SpreadsheetReports, StatusSummaryCountsEveryCenterAgainstTheWorkspace) {
    const auto result = runKind("status");
    ASSERT_EQ(result.files.size(), 1u);
    EXPECT_EQ(result.files[0].filename().string(), "图像采集进度-20261121-160000.xlsx");
    const auto book = intake::readWorkbook(result.files[0]);
    EXPECT_THAT(sheetNames(book),
                ElementsAre("汇总", CampaignFixture::kNorth, CampaignFixture::kSouth,
                            CampaignFixture::kEmpty, CampaignFixture::kWest, "（未指定教学点）",
                            "说明", "问题"))
        << "centers in the workspace's order (by name), students without one last";
    const auto& summary = sheetNamed(book, "汇总");
    EXPECT_EQ(texts(summary.rows[0]), headersOf("status.json", "summarySheet"));

    struct Expected {
        std::string center;
        double roster, submitted, autoPass, approved, inProgress, autoFail, retake, notSubmitted,
            face;
    };
    // As the console counts: failing the checks undecided (0021008, 0023002) is 待审核, counted
    // in 待检测或待审核 and apart in 自动检测不通过（待审核）; 需重拍 is a reviewer's rejection.
    const std::vector<Expected> expected = {
        {CampaignFixture::kNorth, 11, 9, 4, 3, 5, 1, 1, 2, 0},
        {CampaignFixture::kSouth, 14, 13, 12, 12, 0, 0, 1, 1, 1},
        {CampaignFixture::kEmpty, 0, 0, 0, 0, 0, 0, 0, 0, 0},
        {CampaignFixture::kWest, 3, 2, 0, 0, 2, 1, 0, 1, 0},
        {"（未指定教学点）", 1, 0, 0, 0, 0, 0, 0, 1, 0},
        {"合计", 29, 24, 16, 15, 7, 2, 2, 5, 1},
    };
    ASSERT_EQ(summary.rows.size(), expected.size() + 1);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& e = expected[i];
        const auto r = i + 1;
        SCOPED_TRACE(e.center);
        EXPECT_EQ(cell(summary, r, "教学点").text, e.center);
        EXPECT_EQ(cell(summary, r, "名单人数").number, e.roster);
        EXPECT_EQ(cell(summary, r, "已提交").number, e.submitted);
        EXPECT_EQ(cell(summary, r, "自动检测通过").number, e.autoPass);
        EXPECT_EQ(cell(summary, r, "审核通过").number, e.approved);
        EXPECT_EQ(cell(summary, r, "待检测或待审核").number, e.inProgress);
        EXPECT_EQ(cell(summary, r, "自动检测不通过（待审核）").number, e.autoFail);
        EXPECT_EQ(cell(summary, r, "需重拍").number, e.retake);
        EXPECT_EQ(cell(summary, r, "未提交").number, e.notSubmitted);
        EXPECT_EQ(cell(summary, r, "人像比对不通过").number, e.face);
        const auto percent = cell(summary, r, "完成率");
        if (e.roster > 0) {
            EXPECT_EQ(percent.kind, SheetCell::Kind::Number);
            EXPECT_NEAR(percent.number, e.approved / e.roster, 1e-9);
        } else {
            EXPECT_EQ(percent.kind, SheetCell::Kind::Empty) << "no percentage of nobody";
        }
    }
    EXPECT_EQ(result.counts.at("students"), 29u);
    EXPECT_EQ(result.counts.at("approved"), 15u);
    EXPECT_EQ(result.counts.at("retake"), 2u);
    EXPECT_EQ(result.counts.at("auto_fail_awaiting_review"), 2u);
    EXPECT_EQ(result.counts.at("in_progress"), 7u);

    // The workspace's own counts agree where they can: the roster and the cached approvals.
    const auto byStatus = campaign.ws->store().students().countByStatus();
    std::size_t roster = 0;
    for (const auto& [status, n] : byStatus) {
        roster += n;
    }
    EXPECT_EQ(roster, 29u);
    EXPECT_EQ(byStatus.at(domain::StudentStatus::Approved) +
                  byStatus.at(domain::StudentStatus::Packed) +
                  byStatus.at(domain::StudentStatus::Mailed),
              15u);
}

TEST_F(SpreadsheetReports, FaceMismatchIsCountedByTheConsolesRule) {
    // 0022001's no_match was against an enrollment photo replaced since; the new one matches.
    // 0021005 matches its enrollment photo; a failed ID-card comparison is not 人像比对.
    {
        auto& store = campaign.ws->store();
        store::Transaction tx(store);
        const auto south = *store.students().byStudentNo("0022001");
        campaign.compare(south.id, *store.photoVersions().latestOf(south.id), "match");
        const auto north = *store.students().byStudentNo("0021005");
        const auto photo = *store.photoVersions().latestOf(north.id);
        domain::ReferencePhoto card;
        card.studentId = north.id;
        card.kind = domain::ReferenceKind::IdCard;
        card.sha256 = std::string(64, 'c');
        card.sourceName = "card.jpg";
        card.byteSize = 1000;
        card.importedAt = clock.nowIso();
        store.referencePhotos().add(card);
        domain::FaceComparison c{0,   photo.id, card.id,    "dlib_resnet_v1", "compared",
                                 0.9, 12.0,     "no_match", clock.nowIso(),   ""};
        store.faces().saveComparison(c);
        tx.commit();
    }
    const auto result = runKind("status");
    EXPECT_EQ(result.counts.at("face_mismatch"), 0u);
    const auto book = intake::readWorkbook(result.files.at(0));
    const auto& summary = sheetNamed(book, "汇总");
    EXPECT_EQ(cell(summary, summary.rows.size() - 1, "人像比对不通过").number, 0);
    const auto& south = sheetNamed(book, CampaignFixture::kSouth);
    EXPECT_EQ(cell(south, rowWith(south, "学号", "0022001"), "人像比对").text, "一致");
    const auto& north = sheetNamed(book, CampaignFixture::kNorth);
    EXPECT_EQ(cell(north, rowWith(north, "学号", "0021005"), "人像比对").text, "一致");
    // The console's list says the same of both.
    store::Transaction snapshot(campaign.ws->store(), store::Transaction::Kind::Read);
    for (const auto* no : {"0022001", "0021005"}) {
        const auto id = campaign.ws->store().students().byStudentNo(no)->id;
        const auto row = review::loadReviewRow(campaign.ws->store(), "chsi-2017", id);
        ASSERT_TRUE(row);
        EXPECT_EQ(row->faceOutcome, "match") << no;
    }
    snapshot.commit();
}

TEST_F(SpreadsheetReports, StatusWorkbookHoldsANativeStackedBarChartOfTheSummary) {
    const auto file = runKind("status").files.at(0);
    const auto chart = zipPart(file, "xl/charts/chart1.xml");
    ASSERT_FALSE(chart.empty()) << "no chart part in the workbook";
    const auto has = [&](const std::string& text) {
        return chart.find(text) != std::string::npos;
    };
    EXPECT_TRUE(has("<c:barChart>"));
    EXPECT_TRUE(has("<c:barDir val=\"bar\"/>"));
    EXPECT_TRUE(has("<c:grouping val=\"stacked\"/>"));
    // Categories are the five centers (rows 2-6), not the total row; four series.
    EXPECT_TRUE(has("'汇总'!$A$2:$A$6"));
    EXPECT_TRUE(has("'汇总'!$E$2:$E$6")); // 审核通过
    EXPECT_TRUE(has("'汇总'!$I$2:$I$6")); // 未提交
    EXPECT_TRUE(has("<c:v>各教学点图像采集进度（人）</c:v>") ||
                has("<a:t>各教学点图像采集进度（人）</a:t>"));
    std::size_t series = 0;
    for (auto at = chart.find("<c:ser>"); at != std::string::npos;
         at = chart.find("<c:ser>", at + 1)) {
        ++series;
    }
    EXPECT_EQ(series, 4u);
    EXPECT_THAT(zipPart(file, "xl/drawings/drawing1.xml"), HasSubstr("chart"));
}

TEST_F(SpreadsheetReports, StatusCenterSheetsListEveryStudentInChinese) {
    const auto book = intake::readWorkbook(runKind("status").files.at(0));
    const auto& north = sheetNamed(book, CampaignFixture::kNorth);
    EXPECT_EQ(texts(north.rows[0]), headersOf("status.json", "centerSheet"));
    EXPECT_EQ(north.rows.size(), 12u) << "eleven on the roster; the withdrawn student left out";
    EXPECT_THAT(columnTexts(north, "学号"),
                ElementsAre("0021001", "0021002", "0021003", "0021004", "0021005", "0021006",
                            "0021007", "0021008", "0021009", "0021010", "0021011"));
    const auto no = cell(north, 1, "学号");
    EXPECT_EQ(no.kind, SheetCell::Kind::Text) << "学号 stays text, leading zeros and all";

    const auto rejected = rowWith(north, "学号", "0021007");
    EXPECT_EQ(cell(north, rejected, "状态").text, "需重拍");
    EXPECT_EQ(cell(north, rejected, "不通过原因").text,
              "头部位置偏上；衣服与背景颜色相近（禁穿蓝色）");
    EXPECT_EQ(cell(north, rejected, "自动检测结果").text, "不通过");
    const auto failing = rowWith(north, "学号", "0021008");
    EXPECT_EQ(cell(north, failing, "状态").text, "待审核")
        << "undecided: the console's status, whatever the checks said";
    EXPECT_EQ(cell(north, failing, "自动检测结果").text, "不通过");
    EXPECT_EQ(cell(north, failing, "不通过原因").text, "照片模糊");
    const auto reversed = rowWith(north, "学号", "0021009");
    EXPECT_EQ(cell(north, reversed, "状态").text, "待审核") << "the rejection was reversed";
    EXPECT_EQ(cell(north, reversed, "不通过原因").kind, SheetCell::Kind::Empty);
    EXPECT_EQ(cell(north, rowWith(north, "学号", "0021001"), "状态").text, "未提交");
    EXPECT_EQ(cell(north, rowWith(north, "学号", "0021005"), "人像比对").text, "一致");

    const auto packed = rowWith(north, "学号", "0021011");
    EXPECT_EQ(cell(north, packed, "状态").text, "已通过（已打包上报）");
    EXPECT_EQ(cell(north, packed, "重拍轮次").number, 1);
    const auto when = cell(north, packed, "最后提交时间");
    EXPECT_EQ(when.kind, SheetCell::Kind::DateTime);
    EXPECT_THAT(when.text, HasSubstr("2026-11-20T10:30")) << "02:30 UTC is 10:30 in Beijing";
    EXPECT_EQ(cell(north, rowWith(north, "学号", "0021001"), "最后提交时间").kind,
              SheetCell::Kind::Empty);

    const auto& south = sheetNamed(book, CampaignFixture::kSouth);
    EXPECT_EQ(cell(south, rowWith(south, "学号", "0022001"), "人像比对").text, "不一致");
    EXPECT_EQ(cell(south, rowWith(south, "学号", "0022014"), "不通过原因").text, "mystery_code");
    const auto& west = sheetNamed(book, CampaignFixture::kWest);
    EXPECT_EQ(cell(west, rowWith(west, "学号", "0023002"), "状态").text, "待审核");
    EXPECT_EQ(cell(west, rowWith(west, "学号", "0023003"), "状态").text, "待检测")
        << "the cached status is stale; the derived one says what the console says";
    EXPECT_EQ(sheetNamed(book, CampaignFixture::kEmpty).rows.size(), 1u) << "header only";
}

TEST_F(SpreadsheetReports, StatusProblemsSheetNamesWhatIsWrongWithTheRecords) {
    const auto result = runKind("status");
    const auto book = intake::readWorkbook(result.files.at(0));
    const auto& problems = sheetNamed(book, "问题");
    EXPECT_EQ(problems.rows.size(), result.problems.size() + 1);
    const auto messageOf = [&](const std::string& no) {
        return cell(problems, rowWith(problems, "学号", no), "问题及处理办法").text;
    };
    EXPECT_THAT(messageOf("0029001"), HasSubstr("没有教学点"));
    EXPECT_THAT(messageOf("0022002"), HasSubstr("原始文件不在工作区"));
    EXPECT_THAT(messageOf("0023003"), HasSubstr("已有提交的照片"));
    EXPECT_THAT(columnTexts(problems, "问题及处理办法"),
                ::testing::Contains(HasSubstr("mystery_code")));
    EXPECT_EQ(result.problems.size(), 4u);
    EXPECT_EQ(overview(book, "问题条数（见“问题”表）").number, 4);
}

TEST_F(SpreadsheetReports, SplitWritesOneWorkbookPerCenter) {
    const auto result = runKind("status", {{"split", "1"}});
    ASSERT_EQ(result.files.size(), 5u);
    EXPECT_THAT(filesIn(out), ::testing::SizeIs(5)) << "no staging left behind";
    for (const auto& file : result.files) {
        const auto book = intake::readWorkbook(file);
        const auto& summary = sheetNamed(book, "汇总");
        ASSERT_EQ(summary.rows.size(), 2u) << file << ": one center, no total row";
        const auto center = summary.rows[1][0].text;
        EXPECT_EQ(file.filename().string(), center + "-图像采集进度-20261121-160000.xlsx");
        EXPECT_EQ(sheetNames(book).at(1), center);
        EXPECT_EQ(overview(book, "范围").text, center);
        if (center == CampaignFixture::kSouth) {
            EXPECT_EQ(cell(summary, 1, "名单人数").number, 14);
            EXPECT_EQ(sheetNamed(book, center).rows.size(), 15u);
            // Its own problems and the report-wide one; not the other centers'.
            const auto& problems = sheetNamed(book, "问题");
            EXPECT_EQ(problems.rows.size(), 3u);
        }
        if (center == CampaignFixture::kEmpty) {
            EXPECT_THAT(sheetNames(book), ElementsAre("汇总", center, "说明", "问题"))
                << "the unknown reason concerns every center";
        }
        EXPECT_FALSE(zipPart(file, "xl/charts/chart1.xml").empty());
    }
}

TEST_F(SpreadsheetReports, CenterNamesExcelRefusesBecomeValidDistinctSheetAndFileNames) {
    const std::string longName = "陕西省西安市雁塔区某某职业技术学院继续教育学院函授站第一教学点";
    for (const auto& name :
         {std::string("城东/城西:教学点[1]"), longName, longName + "二", std::string("说明")}) {
        store::Transaction tx(campaign.ws->store());
        auto c = test::center(name);
        campaign.ws->store().centers().add(c);
        campaign.add("0031" + std::to_string(c.id), c.id, domain::StudentStatus::NotSubmitted);
        tx.commit();
    }
    const auto book = intake::readWorkbook(runKind("status").files.at(0));
    const auto names = sheetNames(book);
    EXPECT_THAT(names, ::testing::Contains("城东_城西_教学点_1_"));
    EXPECT_THAT(names, ::testing::Contains(longName.substr(0, 31 * 3)));
    EXPECT_THAT(names, ::testing::Contains(longName.substr(0, 28 * 3) + "(2)"));
    EXPECT_THAT(names, ::testing::Contains("说明"));
    EXPECT_THAT(names, ::testing::Contains("说明(2)")) << "a center named like a fixed sheet";
    EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size());
    // The summary still names each center in full.
    const auto centers = columnTexts(sheetNamed(book, "汇总"), "教学点");
    EXPECT_THAT(centers, ::testing::Contains(longName + "二"));

    const auto split = runKind("missing", {{"split", "1"}});
    std::set<std::string> files;
    for (const auto& f : split.files) {
        files.insert(f.filename().string());
    }
    EXPECT_EQ(files.size(), split.files.size());
    EXPECT_TRUE(files.count("城东_城西_教学点[1]-未采集名单-20261121-160000.xlsx") ||
                files.count("城东_城西_教学点_1_-未采集名单-20261121-160000.xlsx"))
        << "no slash in a file name";
}

TEST_F(SpreadsheetReports, OneCenterOnly) {
    const auto result = runKind("status", {}, std::string(CampaignFixture::kWest));
    ASSERT_EQ(result.files.size(), 1u);
    EXPECT_EQ(result.files[0].filename().string(),
              "西区学习中心-图像采集进度-20261121-160000.xlsx");
    const auto book = intake::readWorkbook(result.files[0]);
    EXPECT_THAT(sheetNames(book), ElementsAre("汇总", CampaignFixture::kWest, "说明", "问题"));
    EXPECT_EQ(result.counts.at("students"), 3u);
}

TEST_F(SpreadsheetReports, UnknownCenterStopsBeforeAnyWork) {
    try {
        runKind("status", {}, std::string("没有这个教学点"));
        FAIL() << "expected a UserError";
    } catch (const UserError& e) {
        EXPECT_THAT(e.what(), HasSubstr("没有这个教学点"));
    }
    EXPECT_FALSE(fs::exists(out)) << "nothing created";
}

TEST_F(SpreadsheetReports, UnwritableFolderStopsBeforeAnyWork) {
    std::ofstream(tmp / "a-file") << "x";
    out = tmp / "a-file" / "reports";
    for (const auto* id : {"status", "retakes", "missing", "spotcheck"}) {
        bool read = false;
        ReportRequest request;
        request.outputDir = out;
        request.progress = [&](std::size_t, std::size_t) {
            read = true;
            return true;
        };
        EXPECT_THROW(kind(id)->run(*campaign.ws, request), UserError) << id;
        EXPECT_FALSE(read) << id << " read the workspace before checking the folder";
    }
}

TEST_F(SpreadsheetReports, CancellingLeavesTheFolderAsItWas) {
    ReportRequest request;
    request.outputDir = out;
    request.progress = [](std::size_t, std::size_t) {
        return false;
    };
    const auto result = kind("status")->run(*campaign.ws, request);
    EXPECT_TRUE(result.cancelled);
    EXPECT_TRUE(result.files.empty());
    EXPECT_TRUE(filesIn(out).empty());
}

TEST_F(SpreadsheetReports, RetakeListTellsStudentsWhatToDoAndByWhen) {
    {
        store::Transaction tx(campaign.ws->store());
        campaign.ws->store().settings().set(gp::store::CampaignSettings::kDeadline, "2026-12-15");
        tx.commit();
    }
    const auto result = runKind("retakes");
    ASSERT_EQ(result.files.size(), 1u);
    EXPECT_EQ(result.counts.at("students"), 4u);
    const auto book = intake::readWorkbook(result.files[0]);
    EXPECT_THAT(sheetNames(book), ElementsAre("重拍名单", "说明", "问题"));
    const auto& list = sheetNamed(book, "重拍名单");
    EXPECT_EQ(texts(list.rows[0]), headersOf("retakes.json", "listSheet"));
    EXPECT_THAT(columnTexts(list, "学号"), ElementsAre("0021007", "0021008", "0022014", "0023002"))
        << "grouped by center in name order, by 学号 within";
    EXPECT_THAT(columnTexts(list, "教学点"),
                ElementsAre(CampaignFixture::kNorth, CampaignFixture::kNorth,
                            CampaignFixture::kSouth, CampaignFixture::kWest));

    const auto reasons = MessageCatalog::load(kTemplates / "reasons.json");
    const auto advice = [&](const std::string& code) {
        return reasons.text(code, "zh_CN").action;
    };
    EXPECT_EQ(cell(list, 1, "重拍要求").text,
              advice("head_too_high") + "；" + advice("clothing_like_background"));
    EXPECT_EQ(cell(list, 1, "退回方式").text, "审核退回");
    EXPECT_EQ(cell(list, 2, "重拍要求").text, advice("blurred"));
    EXPECT_EQ(cell(list, 2, "退回方式").text, "自动检测不通过");
    EXPECT_EQ(cell(list, 4, "重拍要求").text,
              advice("background_invalid") + "；" + advice("head_too_small"));
    EXPECT_EQ(cell(list, 1, "本次为第几次重拍").number, 1);
    EXPECT_EQ(cell(list, 1, "联系电话").text, "13812345678");
    EXPECT_EQ(cell(list, 1, "重拍截止日期").text, "2026-12-15");
    EXPECT_EQ(cell(list, 1, "教学点联系电话").text, "029-88881234");
    EXPECT_EQ(overview(book, "重拍截止日期").text, "2026-12-15");
    EXPECT_EQ(overview(book, "北区教学点 人数").number, 2);
    EXPECT_EQ(overview(book, "空教学点 人数").number, 0);

    const auto& problems = sheetNamed(book, "问题");
    EXPECT_THAT(cell(problems, rowWith(problems, "学号", "0021008"), "问题及处理办法").text,
                HasSubstr("没有该学生的联系电话"));
    EXPECT_THAT(columnTexts(problems, "问题及处理办法"),
                ::testing::Contains(HasSubstr("该教学点没有联系电话")));
}

TEST_F(SpreadsheetReports, RetakeListExplainsAMissingDeadline) {
    const auto book = intake::readWorkbook(runKind("retakes").files.at(0));
    EXPECT_THAT(overview(book, "重拍截止日期").text, HasSubstr("未设定"));
    EXPECT_EQ(cell(sheetNamed(book, "重拍名单"), 1, "重拍截止日期").kind, SheetCell::Kind::Empty);
}

TEST_F(SpreadsheetReports, MissingListPerCenterWithPhones) {
    const auto result = runKind("missing", {{"split", "1"}});
    ASSERT_EQ(result.files.size(), 5u);
    EXPECT_EQ(result.counts.at("students"), 5u);
    std::map<std::string, std::vector<std::string>> byCenter;
    for (const auto& file : result.files) {
        const auto book = intake::readWorkbook(file);
        const auto& list = sheetNamed(book, "未采集名单");
        EXPECT_EQ(texts(list.rows[0]), headersOf("missing.json", "listSheet"));
        const auto center = overview(book, "范围").text;
        byCenter[center] = columnTexts(list, "学号");
        for (const auto& c : columnTexts(list, "教学点")) {
            EXPECT_EQ(c, center);
        }
        if (center == CampaignFixture::kNorth) {
            EXPECT_EQ(cell(list, 1, "联系电话").text, "13812345678");
            EXPECT_EQ(cell(list, 2, "联系电话").kind, SheetCell::Kind::Empty);
            EXPECT_THAT(cell(sheetNamed(book, "问题"), 1, "问题及处理办法").text,
                        HasSubstr("联系电话"));
        }
    }
    EXPECT_THAT(byCenter[CampaignFixture::kNorth], ElementsAre("0021001", "0021002"));
    EXPECT_THAT(byCenter[CampaignFixture::kSouth], ElementsAre("0022013"));
    EXPECT_THAT(byCenter[CampaignFixture::kWest], ElementsAre("0023001"))
        << "the stale status with a photo is not missing";
    EXPECT_THAT(byCenter[CampaignFixture::kEmpty], ::testing::IsEmpty());
    EXPECT_THAT(byCenter["（未指定教学点）"], ElementsAre("0029001"));
}

TEST_F(SpreadsheetReports, SpotCheckIsReproducibleAndShowsItsSeed) {
    const auto first = runKind("spotcheck", {{"share", "0.25"}});
    const auto second = runKind("spotcheck", {{"share", "0.25"}});
    ASSERT_EQ(first.files.size(), 1u);
    const auto a = intake::readWorkbook(first.files[0]);
    const auto b = intake::readWorkbook(second.files[0]);
    EXPECT_NE(first.files[0], second.files[0]) << "an earlier report is never replaced";
    const auto& sample = sheetNamed(a, "抽查名单");
    EXPECT_EQ(texts(sample.rows[0]), headersOf("spotcheck.json", "listSheet"));
    EXPECT_EQ(columnTexts(sample, "学号"), columnTexts(sheetNamed(b, "抽查名单"), "学号"));
    EXPECT_EQ(overview(a, "随机种子").text, "20261121") << "the day's date by default";
    EXPECT_EQ(overview(a, "抽样比例").text, "0.25");
    EXPECT_THAT(overview(a, "复现命令").text, HasSubstr("--seed 20261121 --share 0.25"));

    // ceil(25% of 3) = 1 of 北区, ceil(25% of 12) = 3 of 南区, none where nobody is approved.
    const auto centers = columnTexts(sample, "教学点");
    EXPECT_EQ(std::count(centers.begin(), centers.end(), CampaignFixture::kNorth), 1);
    EXPECT_EQ(std::count(centers.begin(), centers.end(), CampaignFixture::kSouth), 3);
    EXPECT_EQ(centers.size(), 4u);
    EXPECT_EQ(overview(a, "南区函授站 审核通过人数").number, 12);
    for (const auto& no : columnTexts(sample, "学号")) {
        const auto s = campaign.ws->store().students().byStudentNo(no);
        ASSERT_TRUE(s);
        EXPECT_TRUE(s->status == domain::StudentStatus::Approved ||
                    s->status == domain::StudentStatus::Packed ||
                    s->status == domain::StudentStatus::Mailed)
            << no;
    }
    EXPECT_EQ(cell(sample, 1, "回访结果（是否本人拍摄）").kind, SheetCell::Kind::Empty);
    EXPECT_EQ(cell(sample, 1, "审核通过时间").kind, SheetCell::Kind::DateTime);

    // The default share (5%) still phones one student of every center with approvals.
    const auto small = intake::readWorkbook(runKind("spotcheck").files.at(0));
    EXPECT_EQ(sheetNamed(small, "抽查名单").rows.size(), 3u);
    EXPECT_EQ(overview(small, "抽样比例").text, "0.05");
}

TEST_F(SpreadsheetReports, SpotCheckSeedsChangeTheSample) {
    std::set<std::vector<std::string>> samples;
    for (int seed = 1; seed <= 6; ++seed) {
        const auto r = runKind("spotcheck", {{"share", "0.25"}, {"seed", std::to_string(seed)}});
        const auto book = intake::readWorkbook(r.files.at(0));
        EXPECT_EQ(overview(book, "随机种子").text, std::to_string(seed));
        samples.insert(columnTexts(sheetNamed(book, "抽查名单"), "学号"));
    }
    EXPECT_GE(samples.size(), 4u) << "six seeds drawing 3 of 12 and 1 of 3";
}

TEST_F(SpreadsheetReports, SpotCheckRefusesABadShareOrSeed) {
    EXPECT_THROW(runKind("spotcheck", {{"share", "5%"}}), UserError);
    EXPECT_THROW(runKind("spotcheck", {{"share", "1.5"}}), UserError);
    EXPECT_THROW(runKind("spotcheck", {{"share", "0"}}), UserError);
    EXPECT_THROW(runKind("spotcheck", {{"seed", "abc"}}), UserError);
    EXPECT_TRUE(!fs::exists(out) || filesIn(out).empty());
}

TEST(SpotCheckDraw, DependsOnTheKeysNotOnTheirOrder) {
    std::vector<std::string> keys;
    for (int i = 0; i < 200; ++i) {
        keys.push_back("2021" + std::to_string(1000 + i));
    }
    const auto chosen = [](const std::vector<std::string>& ks, std::uint64_t seed) {
        std::set<std::string> out;
        for (const auto i : drawSample(ks, 0.05, seed)) {
            out.insert(ks[i]);
        }
        return out;
    };
    const auto a = chosen(keys, 42);
    EXPECT_EQ(a.size(), 10u);
    auto shuffled = keys;
    std::mt19937 rng(7);
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    EXPECT_EQ(chosen(shuffled, 42), a);
    EXPECT_NE(chosen(keys, 43), a);
    EXPECT_EQ(sampleSize(0, 0.05), 0u);
    EXPECT_EQ(sampleSize(3, 0.05), 1u);
    EXPECT_EQ(sampleSize(20, 0.05), 1u);
    EXPECT_EQ(sampleSize(21, 0.05), 2u);
    EXPECT_EQ(sampleSize(5, 1.0), 5u);
}

TEST(StandingDecision, AReversalUndoesAndAnUndoneUndoRestores) {
    using domain::Decision;
    using domain::DecisionKind;
    std::vector<Decision> log(3);
    log[0].id = 1;
    log[0].submissionId = 10;
    log[0].kind = DecisionKind::Reject;
    log[1].id = 2;
    log[1].kind = DecisionKind::Reversal;
    log[1].reverses = 1;
    EXPECT_FALSE(standingDecision({log[0], log[1]}, 10));
    log[2].id = 3;
    log[2].kind = DecisionKind::Reversal;
    log[2].reverses = 2;
    const auto standing = standingDecision(log, 10);
    ASSERT_TRUE(standing);
    EXPECT_EQ(standing->id, 1);
    EXPECT_FALSE(standingDecision(log, 11)) << "a decision on another photo version";
}

TEST(ReportTemplates, EveryLayoutLoadsAndNamesOnlyKnownColumns) {
    const auto common = ReportTemplate::load(kTemplates / "reports" / "common.json");
    EXPECT_EQ(common.text("statuses.retake"), "需重拍");
    EXPECT_THROW(common.text("no.such.path"), UserError);
    EXPECT_THROW(common.sheet("problemsSheet", {"center"}), UserError) << "unknown key refused";
    test::TempDir tmp;
    std::ofstream(tmp / "bad.json") << "{ not json";
    EXPECT_THROW(ReportTemplate::load(tmp / "bad.json"), UserError);
    EXPECT_EQ(fillIn("{center}-名单-{stamp}", {{"center", "北区"}, {"stamp", "1"}}), "北区-名单-1");
}

} // namespace
} // namespace gp::reports
