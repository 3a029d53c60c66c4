// Reading .xlsx rosters: kinds of cells, dates by number format, merged cells, several sheets,
// trailing empty rows, and damaged, encrypted or disguised files.
#include "core/intake/roster/SheetTable.h"
#include "tests/core/intake/roster/RosterTestSupport.h"
#include "tests/core/intake/roster/XlsxFixture.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstring>
#include <random>

using gp::intake::readWorkbook;
using gp::intake::SheetCell;
using gp::test::cellAt;
using gp::test::readError;
using Kind = gp::intake::SheetCell::Kind;
using testing::HasSubstr;

namespace {

/// A roster as schools send it: a merged title row, a two-row header with merged cells, an
/// ID number Excel turned into a number, full-width digits, a birth date, then an
/// explanation sheet and an empty sheet.
std::filesystem::path writeSchoolRoster(const gp::test::TempDir& dir, const std::string& name) {
    gp::test::XlsxFixture xlsx(dir / name);
    auto& roster = xlsx.sheet("名单");
    roster.merge(0, 0, 0, 7, "2024届毕业生名单");
    roster.merge(1, 0, 2, 0, "学号").merge(1, 1, 2, 1, "姓名").merge(1, 2, 1, 3, "证件");
    roster.text(2, 2, "身份证号").text(2, 3, "出生日期");
    roster.text(1, 4, "层次").text(1, 5, "年级").text(1, 6, "学制").text(1, 7, "在籍");
    // row 3: the good student
    roster.text(3, 0, "2021001").text(3, 1, "张三").text(3, 2, "610102199003071234");
    roster.date(3, 3, 1990, 3, 7);
    roster.text(3, 4, "专升本").number(3, 5, 2021).number(3, 6, 2.5).boolean(3, 7, true);
    // row 4: what goes wrong in real files
    roster.text(4, 0, "２０２１００２").text(4, 1, "李四");
    roster.number(4, 2, 610102199003071000.0);       // typed as a number: Excel kept 15 digits
    roster.numberWithBuiltInFormat(4, 3, 32939, 14); // built-in short date
    roster.formula(4, 5, "=2020+1", 2021);
    roster.date(4, 6, 2024, 6, 30, 8, 30, "yyyy\"年\"m\"月\"d\"日\" hh:mm");
    roster.number(4, 7, 0.1);
    // a formatted but empty row far below: no data, must not become rows
    roster.formattedBlank(40, 0).formattedBlank(41, 3);
    xlsx.sheet("说明").text(0, 0, "请勿修改表头").text(2, 1, "第三行");
    xlsx.sheet("Sheet3");
    return xlsx.save();
}

class XlsxReading : public testing::Test {
protected:
    gp::test::TempDir dir;
};

TEST_F(XlsxReading, ReadsEverySheetInOrderWithItsName) {
    auto book = readWorkbook(writeSchoolRoster(dir, "roster.xlsx"));
    EXPECT_EQ(book.format, "xlsx");
    EXPECT_EQ(book.encoding, "");
    ASSERT_EQ(book.sheets.size(), 3u);
    EXPECT_EQ(book.sheets[0].name, "名单");
    EXPECT_EQ(book.sheets[1].name, "说明");
    EXPECT_EQ(book.sheets[2].name, "Sheet3");
    EXPECT_EQ(cellAt(book.sheets[1], 0, 0).text, "请勿修改表头");
    EXPECT_EQ(cellAt(book.sheets[1], 2, 1).text, "第三行");
    EXPECT_TRUE(book.sheets[1].rows[1].empty());
    EXPECT_TRUE(book.sheets[2].rows.empty());
}

// A title merged across columns stays in its first cell; a cell merged down (学号 over two
// header rows, a 教学点 over its students' rows) belongs to every row it covers.
TEST_F(XlsxReading, MergedCellsAcrossStayLeftAndMergedCellsDownFillDown) {
    auto sheet = readWorkbook(writeSchoolRoster(dir, "roster.xlsx")).sheets[0];
    EXPECT_EQ(cellAt(sheet, 0, 0).kind, Kind::Text);
    EXPECT_EQ(cellAt(sheet, 0, 0).text, "2024届毕业生名单");
    for (std::size_t col = 1; col < 8; ++col) {
        EXPECT_EQ(cellAt(sheet, 0, col).kind, Kind::Empty) << col;
    }
    EXPECT_EQ(cellAt(sheet, 1, 0).text, "学号");
    EXPECT_EQ(cellAt(sheet, 2, 0).text, "学号");
    EXPECT_EQ(cellAt(sheet, 1, 2).text, "证件");
    EXPECT_EQ(cellAt(sheet, 1, 3).kind, Kind::Empty);
    EXPECT_EQ(cellAt(sheet, 2, 2).text, "身份证号");
}

TEST_F(XlsxReading, TextStaysTextIncludingDigitsAndFullWidthDigits) {
    auto sheet = readWorkbook(writeSchoolRoster(dir, "roster.xlsx")).sheets[0];
    EXPECT_EQ(cellAt(sheet, 3, 0).kind, Kind::Text);
    EXPECT_EQ(cellAt(sheet, 3, 0).text, "2021001");
    EXPECT_EQ(cellAt(sheet, 3, 2).kind, Kind::Text);
    EXPECT_EQ(cellAt(sheet, 3, 2).text, "610102199003071234");
    EXPECT_EQ(cellAt(sheet, 4, 0).kind, Kind::Text);
    EXPECT_EQ(cellAt(sheet, 4, 0).text, "２０２１００２");
    EXPECT_EQ(cellAt(sheet, 4, 1).text, "李四");
}

TEST_F(XlsxReading, AnIdNumberStoredAsNumberStaysANumberWithTheDigitsExcelKept) {
    auto sheet = readWorkbook(writeSchoolRoster(dir, "roster.xlsx")).sheets[0];
    auto id = cellAt(sheet, 4, 2);
    EXPECT_EQ(id.kind, Kind::Number);
    EXPECT_EQ(id.number, 610102199003071000.0);
    EXPECT_EQ(id.text, "6.10102199003071e+17"); // shortest text that reads back exactly
}

TEST_F(XlsxReading, NumbersHaveTheirShortestExactText) {
    auto sheet = readWorkbook(writeSchoolRoster(dir, "roster.xlsx")).sheets[0];
    EXPECT_EQ(cellAt(sheet, 3, 5).kind, Kind::Number);
    EXPECT_EQ(cellAt(sheet, 3, 5).text, "2021");
    EXPECT_EQ(cellAt(sheet, 3, 6).text, "2.5");
    EXPECT_EQ(cellAt(sheet, 4, 7).text, "0.1");
    EXPECT_EQ(cellAt(sheet, 4, 7).number, 0.1);
}

TEST_F(XlsxReading, BooleansAndFormulaResults) {
    auto sheet = readWorkbook(writeSchoolRoster(dir, "roster.xlsx")).sheets[0];
    EXPECT_EQ(cellAt(sheet, 3, 7).kind, Kind::Boolean);
    EXPECT_EQ(cellAt(sheet, 3, 7).text, "TRUE");
    auto formula = cellAt(sheet, 4, 5);
    EXPECT_EQ(formula.kind, Kind::Number);
    EXPECT_EQ(formula.text, "2021");
}

TEST_F(XlsxReading, NumbersWithADateFormatAreDates) {
    auto sheet = readWorkbook(writeSchoolRoster(dir, "roster.xlsx")).sheets[0];
    auto custom = cellAt(sheet, 3, 3); // "yyyy-mm-dd"
    EXPECT_EQ(custom.kind, Kind::DateTime);
    EXPECT_EQ(custom.text, "1990-03-07");
    EXPECT_EQ(custom.number, 32939);
    auto builtIn = cellAt(sheet, 4, 3); // built-in format 14
    EXPECT_EQ(builtIn.kind, Kind::DateTime);
    EXPECT_EQ(builtIn.text, "1990-03-07");
    auto chinese = cellAt(sheet, 4, 6); // yyyy"年"m"月"d"日" hh:mm
    EXPECT_EQ(chinese.kind, Kind::DateTime);
    EXPECT_EQ(chinese.text, "2024-06-30T08:30:00");
}

TEST_F(XlsxReading, TrailingRowsWithoutValuesAreDropped) {
    auto sheet = readWorkbook(writeSchoolRoster(dir, "roster.xlsx")).sheets[0];
    EXPECT_EQ(sheet.rows.size(), 5u);
    EXPECT_EQ(sheet.rows[3].size(), 8u);
}

TEST_F(XlsxReading, TheFormatComesFromTheContentNotTheExtension) {
    auto book = readWorkbook(writeSchoolRoster(dir, "roster.csv"));
    EXPECT_EQ(book.format, "xlsx");
    EXPECT_EQ(cellAt(book.sheets[0], 3, 1).text, "张三");
    auto noExtension = readWorkbook(writeSchoolRoster(dir, "roster"));
    EXPECT_EQ(noExtension.format, "xlsx");
}

TEST_F(XlsxReading, AFileCutInHalfIsReportedAsDamaged) {
    auto whole = gp::test::readBytes(gp::test::writeLargeRosterXlsx(dir / "big.xlsx", 2000));
    gp::test::writeBytes(dir / "half.xlsx", whole.substr(0, whole.size() / 2));
    auto error = readError(dir / "half.xlsx");
    ASSERT_TRUE(error);
    EXPECT_THAT(error->what(), HasSubstr("damaged or incomplete"));
    EXPECT_THAT(error->what(), HasSubstr("half.xlsx"));
    EXPECT_THAT(error->hint(), HasSubstr("save it again"));
}

TEST_F(XlsxReading, AFileWithItsMiddleOverwrittenIsAUserErrorNotACrash) {
    auto bytes = gp::test::readBytes(writeSchoolRoster(dir, "roster.xlsx"));
    std::mt19937 random(7);
    for (std::size_t i = bytes.size() / 3; i < bytes.size() * 2 / 3; ++i) {
        bytes[i] = static_cast<char>(random());
    }
    gp::test::writeBytes(dir / "scrambled.xlsx", bytes);
    auto error = readError(dir / "scrambled.xlsx");
    ASSERT_TRUE(error);
    EXPECT_THAT(error->what(), HasSubstr("damaged or incomplete"));
}

/// A compound file as Excel writes for a workbook encrypted with a password: a directory
/// with "EncryptionInfo" and "EncryptedPackage" streams (empty here; only the directory
/// matters for telling it apart).
std::string encryptedWorkbookBytes() {
    std::string file(512 * 3, '\0');
    auto put16 = [&](std::size_t at, unsigned value) {
        file[at] = static_cast<char>(value & 0xFF);
        file[at + 1] = static_cast<char>(value >> 8 & 0xFF);
    };
    auto put32 = [&](std::size_t at, std::uint32_t value) {
        put16(at, value & 0xFFFF);
        put16(at + 2, value >> 16);
    };
    std::memcpy(file.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    put16(0x18, 0x3E);       // minor version
    put16(0x1A, 3);          // major version 3: 512-byte sectors
    put16(0x1C, 0xFFFE);     // little-endian
    put16(0x1E, 9);          // sector shift
    put16(0x20, 6);          // mini sector shift
    put32(0x2C, 1);          // one FAT sector
    put32(0x30, 1);          // directory starts at sector 1
    put32(0x38, 4096);       // mini stream cutoff
    put32(0x3C, 0xFFFFFFFE); // no mini FAT
    put32(0x44, 0xFFFFFFFE); // no DIFAT sectors
    put32(0x4C, 0);          // the FAT is sector 0
    for (std::size_t at = 0x50; at < 512; at += 4) {
        put32(at, 0xFFFFFFFF);
    }
    std::size_t fat = 512;      // sector 0
    put32(fat, 0xFFFFFFFD);     // sector 0: FAT
    put32(fat + 4, 0xFFFFFFFE); // sector 1: directory, end of chain
    for (std::size_t at = fat + 8; at < fat + 512; at += 4) {
        put32(at, 0xFFFFFFFF);
    }
    auto entry = [&](std::size_t index, const std::u16string& name, unsigned type,
                     std::uint32_t child) {
        std::size_t at = 1024 + index * 128;
        for (std::size_t i = 0; i < name.size(); ++i) {
            put16(at + 2 * i, name[i]);
        }
        put16(at + 64, static_cast<unsigned>((name.size() + 1) * 2));
        file[at + 66] = static_cast<char>(type);
        file[at + 67] = 1; // black
        put32(at + 68, 0xFFFFFFFF);
        put32(at + 72, index == 1 ? 2 : 0xFFFFFFFF);
        put32(at + 76, child);
        put32(at + 116, 0xFFFFFFFE);
    };
    entry(0, u"Root Entry", 5, 1);
    entry(1, u"EncryptionInfo", 2, 0xFFFFFFFF);
    entry(2, u"EncryptedPackage", 2, 0xFFFFFFFF);
    return file;
}

TEST_F(XlsxReading, APasswordProtectedWorkbookAsksToRemoveThePassword) {
    gp::test::writeBytes(dir / "加密名单.xlsx", encryptedWorkbookBytes());
    auto error = readError(dir / "加密名单.xlsx");
    ASSERT_TRUE(error);
    EXPECT_THAT(error->what(), HasSubstr("password"));
    EXPECT_THAT(error->hint(), HasSubstr("remove the password"));
}

TEST_F(XlsxReading, ReadsALargeRosterCompletely) {
    auto book = readWorkbook(gp::test::writeLargeRosterXlsx(dir / "big.xlsx", 2000));
    ASSERT_EQ(book.sheets.size(), 1u);
    const auto& sheet = book.sheets[0];
    ASSERT_EQ(sheet.rows.size(), 2001u);
    EXPECT_EQ(cellAt(sheet, 0, 19).text, "备注");
    EXPECT_EQ(cellAt(sheet, 2000, 0).text, "2021001999");
    EXPECT_EQ(cellAt(sheet, 2000, 4).kind, Kind::DateTime);
    EXPECT_EQ(cellAt(sheet, 2000, 8).kind, Kind::Number);
}

} // namespace
