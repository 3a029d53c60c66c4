// A roster file into a workspace: all-or-nothing by default, the valid rows with acceptValid,
// re-import updates field by field, withdraws the unlisted and never deletes.
#include "core/intake/RosterImport.h"

#include "core/common/UserError.h"
#include "core/intake/IdNumber.h"
#include "gradphoto/BuildInfo.h"
#include "tests/core/intake/roster/XlsxFixture.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace gp::intake {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

std::string validId(const std::string& first17) {
    return first17 + mod11_2CheckCharacter(first17);
}

class RosterImportTest : public ::testing::Test {
protected:
    void SetUp() override { ws = test::newWorkspace(tmp / "w", clock); }

    RosterPlan plan(const fs::path& file) {
        RosterImportRequest r;
        r.file = file;
        r.columnsFile = fs::path(build::kSourceDir) / "templates" / "roster-columns.json";
        r.currentYear = 2026;
        return planRosterImport(*ws, r);
    }

    fs::path csv(const std::string& name, const std::string& text) {
        const auto p = tmp / name;
        std::ofstream(p, std::ios::binary) << text;
        return p;
    }

    test::TempDir tmp;
    FixedClock clock = test::fixedClock();
    std::unique_ptr<store::Workspace> ws;
    std::string idA = validId("99010119900307123");
    std::string idB = validId("99010119920101124");
    std::string idC = validId("99010119931111135");
};

TEST_F(RosterImportTest, AnXlsxWithTitleRowMergedHeaderAndFullWidthDigits) {
    test::XlsxFixture xlsx(tmp / "roster.xlsx");
    auto& s = xlsx.sheet("名单");
    s.merge(0, 0, 0, 6, "2026届毕业生名单");
    s.text(1, 0, "学号").text(1, 1, "姓名").text(1, 2, "性别").text(1, 3, "身份证号");
    s.text(1, 4, "学习中心").text(1, 5, "手机").text(1, 6, "备注");
    s.text(2, 0, "２０２６０００１").text(2, 1, "张三").text(2, 2, "男").text(2, 3, idA);
    s.text(2, 4, "西安教学点").number(2, 5, 13812345678).text(2, 6, "专升本");
    s.text(3, 0, "20260002").text(3, 1, "李四").text(3, 2, "女").text(3, 3, idB);
    s.text(3, 4, "宝鸡函授站");
    xlsx.save();

    const auto p = plan(tmp / "roster.xlsx");
    EXPECT_EQ(p.format, "xlsx");
    EXPECT_EQ(p.headerRow, 2);
    EXPECT_EQ(p.added.size(), 2u);
    EXPECT_EQ(p.errorRows, 0u);
    EXPECT_EQ(p.newCenters, (std::vector<std::string>{"宝鸡函授站", "西安教学点"}));
    EXPECT_EQ(ws->store().students().count(true), 0u) << "planning changes nothing";

    const auto r = applyRosterPlan(*ws, p, false);
    EXPECT_EQ(r.added, 2u);
    EXPECT_EQ(r.centersCreated, 2u);
    const auto zhang = ws->store().students().byStudentNo("20260001");
    ASSERT_TRUE(zhang);
    EXPECT_EQ(zhang->phone, "13812345678");
    EXPECT_EQ(zhang->extra.at("备注"), "专升本");
    EXPECT_EQ(zhang->birthDate, "1990-03-07");
    EXPECT_EQ(ws->store().centers().byId(zhang->centerId)->name, "西安教学点");
    EXPECT_FALSE(ws->store().centers().byId(zhang->centerId)->hasMailingDetails());
}

TEST_F(RosterImportTest, ACenterMergedOverItsStudentsRowsBelongsToEachOfThem) {
    test::XlsxFixture xlsx(tmp / "merged.xlsx");
    auto& s = xlsx.sheet("名单");
    s.text(0, 0, "学号").text(0, 1, "姓名").text(0, 2, "教学点");
    s.text(1, 0, "3001").text(1, 1, "甲").text(2, 0, "3002").text(2, 1, "乙");
    s.text(3, 0, "3003").text(3, 1, "丙").text(4, 0, "3004").text(4, 1, "丁");
    s.merge(1, 2, 3, 2, "海淀站");
    s.text(4, 2, "朝阳站");
    xlsx.save();
    applyRosterPlan(*ws, plan(tmp / "merged.xlsx"), false);
    for (const auto* no : {"3001", "3002", "3003"}) {
        const auto st = ws->store().students().byStudentNo(no);
        EXPECT_EQ(ws->store().centers().byId(st->centerId)->name, "海淀站") << no;
    }
    const auto d = ws->store().students().byStudentNo("3004");
    EXPECT_EQ(ws->store().centers().byId(d->centerId)->name, "朝阳站");
}

TEST_F(RosterImportTest, AllOrNothingUnlessAcceptValid) {
    const auto f = csv("r.csv", "学号,姓名,身份证号\n1,甲," + idA + "\n2,乙,6.10102E+17\n3,,\n");
    const auto p = plan(f);
    EXPECT_EQ(p.errorRows, 2u);
    try {
        applyRosterPlan(*ws, p, false);
        FAIL();
    } catch (const UserError& e) {
        EXPECT_THAT(e.what(), HasSubstr("nothing was imported"));
        EXPECT_THAT(e.hint(), HasSubstr("--accept-valid"));
    }
    EXPECT_EQ(ws->store().students().count(true), 0u);
    const auto r = applyRosterPlan(*ws, p, true);
    EXPECT_EQ(r.added, 1u);
    EXPECT_EQ(r.skippedRows, 2u);
    EXPECT_TRUE(ws->store().students().byStudentNo("1"));
    EXPECT_FALSE(ws->store().students().byStudentNo("2"));
}

TEST_F(RosterImportTest, ReimportUpdatesWithdrawsAndKeepsHistory) {
    applyRosterPlan(*ws,
                    plan(csv("v1.csv", "学号,姓名,身份证号,联系电话\n1,甲," + idA + ",111\n2,乙," +
                                           idB + ",222\n3,丙," + idC + ",333\n")),
                    false);
    // 2 is gone, 1 changed phone, 3 unchanged, 4 new; 3's ID typed the same.
    const auto p = plan(csv("v2.csv", "学号,姓名,身份证号,联系电话\n1,甲," + idA + ",999\n3,丙," +
                                          idC + ",333\n4,丁,,444\n"));
    ASSERT_EQ(p.changed.size(), 1u);
    EXPECT_EQ(p.changed[0].student.studentNo, "1");
    ASSERT_EQ(p.changed[0].changes.size(), 1u);
    EXPECT_EQ(p.changed[0].changes[0].field, "phone");
    EXPECT_EQ(p.changed[0].changes[0].before, "111");
    EXPECT_EQ(p.changed[0].changes[0].after, "999");
    ASSERT_EQ(p.withdrawn.size(), 1u);
    EXPECT_EQ(p.withdrawn[0].studentNo, "2");
    EXPECT_EQ(p.added.size(), 1u);
    EXPECT_EQ(p.unchanged, 1u);
    applyRosterPlan(*ws, p, false);

    auto two = ws->store().students().byStudentNo("2");
    ASSERT_TRUE(two) << "never deleted";
    EXPECT_TRUE(two->withdrawn);
    const auto history =
        ws->store().students().historyOf(ws->store().students().byStudentNo("1")->id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].before, "111");
    EXPECT_EQ(history[0].source, "roster v2.csv");

    // Listed again: back on the roster, recorded as such.
    const auto p3 = plan(csv("v3.csv", "学号,姓名,身份证号,联系电话\n1,甲," + idA + ",999\n2,乙," +
                                           idB + ",222\n3,丙," + idC + ",333\n4,丁,,444\n"));
    ASSERT_EQ(p3.changed.size(), 1u);
    EXPECT_EQ(p3.changed[0].changes.back().field, "withdrawn");
    applyRosterPlan(*ws, p3, false);
    EXPECT_FALSE(ws->store().students().byStudentNo("2")->withdrawn);
}

TEST_F(RosterImportTest, AShorterRosterNeverBlanksWhatIsOnRecord) {
    applyRosterPlan(*ws,
                    plan(csv("full.csv", "学号,姓名,性别,身份证号,教学点,联系电话\n1,甲,男," + idA +
                                             ",西安,111\n2,乙,女," + idB + ",宝鸡,222\n")),
                    false);
    // Only 学号 and 姓名; and a blank phone cell in the next file.
    auto p = plan(csv("names.csv", "学号,姓名\n1,甲\n2,乙\n"));
    EXPECT_TRUE(p.changed.empty()) << "absent columns change nothing";
    EXPECT_EQ(p.unchanged, 2u);
    p = plan(csv("blank.csv", "学号,姓名,联系电话,身份证号\n1,甲,,\n2,乙,333," + idB + "\n"));
    ASSERT_EQ(p.changed.size(), 1u);
    EXPECT_EQ(p.changed[0].student.studentNo, "2");
    applyRosterPlan(*ws, p, false);
    const auto one = ws->store().students().byStudentNo("1");
    EXPECT_EQ(one->idNumber, idA) << "a blank cell never wipes a verified ID number";
    EXPECT_EQ(one->phone, "111");
    EXPECT_EQ(ws->store().centers().byId(one->centerId)->name, "西安");
}

TEST_F(RosterImportTest, WithdrawingMuchOfTheRosterNeedsSayingSo) {
    applyRosterPlan(*ws, plan(csv("all.csv", "学号,姓名\n1,甲\n2,乙\n3,丙\n4,丁\n5,戊\n")), false);
    const auto p = plan(csv("one-center.csv", "学号,姓名\n1,甲\n"));
    EXPECT_TRUE(p.withdrawsMany);
    try {
        applyRosterPlan(*ws, p, false);
        FAIL();
    } catch (const UserError& e) {
        EXPECT_THAT(e.what(), HasSubstr("4 students"));
        EXPECT_THAT(e.hint(), HasSubstr("--allow-withdraw"));
    }
    EXPECT_EQ(ws->store().students().count(false), 5u);
    EXPECT_EQ(applyRosterPlan(*ws, p, false, true).withdrawn, 4u);
}

TEST_F(RosterImportTest, AnIgnoredColumnIsNotStoredAtAll) {
    std::ofstream(tmp / "map.json") << R"({"columns": {"密码": "ignore", "备注": "extra"}})";
    RosterImportRequest r;
    r.file = csv("r.csv", "学号,姓名,密码,备注\n1,甲,secret,转专业\n");
    r.mappingFile = tmp / "map.json";
    r.columnsFile = fs::path(build::kSourceDir) / "templates" / "roster-columns.json";
    r.currentYear = 2026;
    applyRosterPlan(*ws, planRosterImport(*ws, r), false);
    const auto s = ws->store().students().byStudentNo("1");
    EXPECT_EQ(s->extra.count("密码"), 0u);
    EXPECT_EQ(s->extra.at("备注"), "转专业");
}

TEST_F(RosterImportTest, AStudentFoundByIdNumberGetsTheNewStudentNumber) {
    applyRosterPlan(*ws, plan(csv("a.csv", "学号,姓名,身份证号\nOLD1,甲," + idA + "\n")), false);
    const auto p = plan(csv("b.csv", "学号,姓名,身份证号\nNEW1,甲," + idA + "\n"));
    ASSERT_EQ(p.changed.size(), 1u);
    EXPECT_EQ(p.changed[0].changes[0].field, "student_no");
    EXPECT_TRUE(p.withdrawn.empty());
    applyRosterPlan(*ws, p, false);
    EXPECT_TRUE(ws->store().students().byStudentNo("NEW1"));
    EXPECT_FALSE(ws->store().students().byStudentNo("OLD1"));
}

TEST_F(RosterImportTest, AnIdBelongingToAnotherStudentIsAnError) {
    applyRosterPlan(
        *ws, plan(csv("a.csv", "学号,姓名,身份证号\n1,甲," + idA + "\n2,乙," + idB + "\n")), false);
    const auto p = plan(csv("b.csv", "学号,姓名,身份证号\n1,甲," + idA + "\n2,乙," + idA + "\n"));
    EXPECT_GE(p.errorRows, 1u);
    bool found = false;
    for (const auto& problem : p.problems) {
        found = found || (problem.code == "id_used_by_other_student" ||
                          problem.code == "duplicate_id_number");
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(p.withdrawn.empty()) << "rows with errors keep their students on the roster";
}

TEST_F(RosterImportTest, AGb18030CsvIsRead) {
    const std::string utf8 = "学号,姓名,教学点\n1,欧阳娜娜,汉中函授站\n";
    // Convert with iconv, as a Chinese Windows Excel "CSV" would be.
    std::ofstream(tmp / "u.csv", std::ios::binary) << utf8;
    ASSERT_EQ(std::system(("iconv -f UTF-8 -t GB18030 " + (tmp / "u.csv").string() + " > " +
                           (tmp / "g.csv").string())
                              .c_str()),
              0);
    const auto p = plan(tmp / "g.csv");
    EXPECT_EQ(p.encoding, "gb18030");
    ASSERT_EQ(p.added.size(), 1u);
    EXPECT_EQ(p.added[0].student.name, "欧阳娜娜");
    EXPECT_EQ(p.added[0].centerName, "汉中函授站");
}

TEST_F(RosterImportTest, UnsupportedFilesSaySo) {
    std::ofstream(tmp / "r.xlsx", std::ios::binary) << "%PDF-1.4\n%...";
    try {
        plan(tmp / "r.xlsx");
        FAIL();
    } catch (const UserError& e) {
        EXPECT_THAT(std::string(e.what()) + e.hint(), HasSubstr(".xlsx"));
    }
}

} // namespace
} // namespace gp::intake
