// From raw sheet cells to students: header found under title rows, columns mapped by synonym
// or mapping file, values normalised, every rule reported with row and column.
#include "core/intake/RosterValidation.h"

#include "core/common/UserError.h"
#include "core/intake/IdNumber.h"
#include "core/intake/RosterSheet.h"
#include "core/intake/TextNormalization.h"
#include "gradphoto/BuildInfo.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace gp::intake {
namespace {

using ::testing::HasSubstr;

const auto kColumnsFile =
    std::filesystem::path(build::kSourceDir) / "templates" / "roster-columns.json";

SheetCell text(const std::string& s) {
    return {SheetCell::Kind::Text, s, 0};
}
SheetCell number(double v, const std::string& shown) {
    return {SheetCell::Kind::Number, shown, v};
}

std::string validId(const std::string& first17) {
    return first17 + mod11_2CheckCharacter(first17);
}

Workbook book(std::vector<std::vector<SheetCell>> rows) {
    Workbook w;
    w.format = "xlsx";
    w.sheets.push_back({"Sheet1", std::move(rows)});
    return w;
}

std::vector<SheetCell> header() {
    return {text("学号"),     text("姓名"),   text("性别"),     text("身份证号"),
            text("出生日期"), text("教学点"), text("联系电话"), text("备注")};
}

const RosterProblem* find(const RosterValidation& v, int row, const std::string& code) {
    for (const auto& p : v.problems) {
        if (p.row == row && p.code == code) {
            return &p;
        }
    }
    return nullptr;
}

TEST(TextNormalization, FoldsFullWidthAndTrims) {
    EXPECT_EQ(normalizeCell("  ２０２１００１ "), "2021001");
    EXPECT_EQ(normalizeCell("\u3000张三\u00a0"), "张三");
    EXPECT_EQ(normalizeCell("ＡＢＣ－１２３"), "ABC-123");
    EXPECT_EQ(normalizeCell("\u200b2021001"), "2021001");
    EXPECT_EQ(normalizeCell("   "), "");
    EXPECT_TRUE(looksScientific("6.10102E+17"));
    EXPECT_TRUE(looksScientific("6E17"));
    EXPECT_FALSE(looksScientific("2021001"));
}

TEST(RosterSheet, FindsTheHeaderBelowTitleRowsAndMapsSynonyms) {
    const auto columns = RosterColumns::load(kColumnsFile);
    auto w = book({{text("2024届毕业生名单")},
                   {},
                   {text("学生编号"), text("姓名"), text("公民身份号码"), text("学习中心"),
                    text("手机*"), text("身份证号（18位）"), text("QQ")},
                   {text("2021001"), text("张三"), text("x"), text("西安"), text("1"), text("y"),
                    text("123")},
                   {},
                   {text("2021002"), text("李四")}});
    const auto sheet = readRosterSheet(w, columns);
    EXPECT_EQ(sheet.headerRow, 3);
    EXPECT_TRUE(sheet.has(RosterField::StudentNo));
    EXPECT_TRUE(sheet.has(RosterField::IdNumber));
    EXPECT_TRUE(sheet.has(RosterField::Center));
    EXPECT_TRUE(sheet.has(RosterField::Phone));
    ASSERT_EQ(sheet.duplicateColumns.size(), 1u) << "two ID columns: the second is kept as extra";
    ASSERT_EQ(sheet.rows.size(), 2u) << "the blank row is skipped";
    EXPECT_EQ(sheet.rows[0].fileRow, 4);
    EXPECT_EQ(sheet.rows[1].fileRow, 6);
    EXPECT_EQ(sheet.rows[0].text(RosterField::Center), "西安");
    ASSERT_EQ(sheet.rows[0].extra.size(), 2u);
    EXPECT_EQ(sheet.rows[0].extra[1], (std::pair<std::string, std::string>{"QQ", "123"}));
}

TEST(RosterSheet, NoHeaderSaysWhatWasFound) {
    const auto columns = RosterColumns::load(kColumnsFile);
    auto w = book({{text("订单号"), text("金额")}, {text("1"), text("2")}});
    try {
        readRosterSheet(w, columns);
        FAIL();
    } catch (const UserError& e) {
        EXPECT_THAT(e.what(), HasSubstr("学号"));
        EXPECT_THAT(e.hint(), HasSubstr("--mapping"));
    }
    EXPECT_THROW(readRosterSheet(w, columns, "名单"), UserError);
}

TEST(RosterSheet, AMappingFileOverridesTheSynonyms) {
    test::TempDir tmp;
    std::ofstream(tmp / "map.json") << R"({"header_row": 2, "columns": {"编号": "student_no",
        "学员": "name", "姓名": "extra"}})";
    auto columns = RosterColumns::load(kColumnsFile);
    columns.applyMapping(tmp / "map.json");
    auto w = book({{text("学号"), text("姓名")},
                   {text("编号"), text("学员"), text("姓名")},
                   {text("A1"), text("王五"), text("old")}});
    const auto sheet = readRosterSheet(w, columns);
    EXPECT_EQ(sheet.headerRow, 2);
    EXPECT_EQ(sheet.rows.at(0).text(RosterField::StudentNo), "A1");
    EXPECT_EQ(sheet.rows.at(0).text(RosterField::Name), "王五");
    std::ofstream(tmp / "bad.json") << R"({"columns": {"编号": "student_number"}})";
    EXPECT_THROW(columns.applyMapping(tmp / "bad.json"), UserError);
}

class Validation : public ::testing::Test {
protected:
    RosterValidation run(std::vector<std::vector<SheetCell>> rows) {
        rows.insert(rows.begin(), header());
        auto sheet = readRosterSheet(book(std::move(rows)), columns);
        return validateRoster(sheet, columns, 2026);
    }
    RosterColumns columns = RosterColumns::load(kColumnsFile);
    std::string id = validId("99010119900307123"); // male, 1990-03-07
};

TEST_F(Validation, AGoodRowBecomesAStudent) {
    const auto v =
        run({{text("２０２１００１"), text(" 张三 "), text("男"), text(id), text("1990/3/7"),
              text("西安教学点"), number(13812345678, "13812345678"), text("转专业")}});
    EXPECT_TRUE(v.problems.empty());
    ASSERT_EQ(v.rows.size(), 1u);
    const auto& s = v.rows[0].student;
    EXPECT_EQ(s.studentNo, "2021001");
    EXPECT_EQ(s.name, "张三");
    EXPECT_EQ(s.idNumber, id);
    EXPECT_EQ(s.idType, "resident_id");
    EXPECT_EQ(s.birthDate, "1990-03-07");
    EXPECT_EQ(s.phone, "13812345678");
    EXPECT_EQ(v.rows[0].centerName, "西安教学点");
    EXPECT_EQ(s.extra.at("备注"), "转专业");
    EXPECT_FALSE(v.rows[0].hasError);
}

TEST_F(Validation, MissingKeysAreErrorsWithRowAndColumn) {
    const auto v = run({{text(""), text("张三")}, {text("2021002"), text("")}});
    const auto* a = find(v, 2, "missing_student_no");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->column, "学号");
    EXPECT_NE(find(v, 3, "missing_name"), nullptr);
    EXPECT_EQ(v.errorRows(), 2u);
}

TEST_F(Validation, NumbersWhereTextBelongsAreReportedNotRepaired) {
    const auto v = run({{text("2021001"), text("甲"), text(""),
                         number(6.10102199003071e17, "6.10102199003071e+17")},
                        {text("2021002"), text("乙"), text(""), text("6.10102E+17")},
                        {number(2.021e17, "2.021e+17"), text("丙")},
                        {number(21003, "21003"), text("丁")}});
    EXPECT_NE(find(v, 2, "id_numeric"), nullptr);
    EXPECT_EQ(v.rows[0].student.idNumber, "") << "never guessed";
    EXPECT_NE(find(v, 3, "id_scientific"), nullptr);
    EXPECT_NE(find(v, 4, "student_no_scientific"), nullptr);
    const auto* warning = find(v, 5, "student_no_numeric");
    ASSERT_NE(warning, nullptr);
    EXPECT_FALSE(warning->error);
    EXPECT_EQ(v.rows[3].student.studentNo, "21003");
    EXPECT_FALSE(v.rows[3].hasError);
}

TEST_F(Validation, SexAndBirthDateMustAgreeWithTheId) {
    const auto v = run(
        {{text("1"), text("甲"), text("女"), text(id)},
         {text("2"), text("乙"), text("男"),
          text(id.substr(0, 6) + "19900308" + id.substr(14, 3) + "0"), text("")},
         {text("3"), text("丙"), text("男"), text(validId("99010119900307125")),
          text("1991-03-07")},
         {text("4"), text("丁"), text("M"), text(validId("99010119900307135")), text("19900307")}});
    EXPECT_NE(find(v, 2, "sex_contradicts_id"), nullptr);
    EXPECT_NE(find(v, 4, "birth_date_contradicts_id"), nullptr);
    EXPECT_EQ(find(v, 5, "sex_contradicts_id"), nullptr);
    EXPECT_EQ(v.rows[3].student.sex, "男");
    EXPECT_FALSE(v.rows[3].hasError);
}

TEST_F(Validation, DuplicatesWithinTheFile) {
    const auto other = validId("99010119920101123");
    const auto v = run({{text("2021001"), text("甲"), text(""), text(id)},
                        {text("2021001"), text("乙"), text(""), text(other)},
                        {text("2021003"), text("丙"), text(""), text(id)}});
    // Which of the two rows is right is for the office to decide: both are held back.
    EXPECT_NE(find(v, 2, "duplicate_student_no"), nullptr);
    EXPECT_NE(find(v, 3, "duplicate_student_no"), nullptr);
    EXPECT_NE(find(v, 2, "duplicate_id_number"), nullptr);
    EXPECT_NE(find(v, 4, "duplicate_id_number"), nullptr);
    EXPECT_EQ(v.errorRows(), 3u);
}

TEST_F(Validation, FifteenDigitIdIsAWarningOnly) {
    const auto v = run({{text("1"), text("甲"), text("男"), text("990101900307123")}});
    ASSERT_NE(find(v, 2, "id_fifteen_digit"), nullptr);
    EXPECT_FALSE(v.rows[0].hasError);
    EXPECT_EQ(v.rows[0].student.idNumber, "990101900307123");
}

TEST(ParseDate, CommonForms) {
    EXPECT_EQ(parseDate("1990-03-07"), "1990-03-07");
    EXPECT_EQ(parseDate("1990/3/7"), "1990-03-07");
    EXPECT_EQ(parseDate("1990.03.07"), "1990-03-07");
    EXPECT_EQ(parseDate("1990年3月7日"), "1990-03-07");
    EXPECT_EQ(parseDate("19900307"), "1990-03-07");
    EXPECT_EQ(parseDate("1990-03-07T00:00:00"), "1990-03-07");
    EXPECT_EQ(parseDate("March 7"), "");
    EXPECT_EQ(parseDate("1990-13-07"), "");
}

} // namespace
} // namespace gp::intake
