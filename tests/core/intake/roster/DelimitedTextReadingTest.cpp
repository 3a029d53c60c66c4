// Reading CSV and TXT rosters: encodings, separators, quoting, line ends.
#include "core/intake/roster/SheetTable.h"
#include "tests/core/intake/roster/RosterTestSupport.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cerrno>
#include <iconv.h>

using gp::intake::readWorkbook;
using gp::test::cellAt;
using gp::test::writeBytes;
using Kind = gp::intake::SheetCell::Kind;

namespace {

const std::string kRosterUtf8 = "学号,姓名,身份证号,出生日期,邮寄地址\r\n"
                                "2021001,张三,610102199003071234,1990-03-07,陕西省西安市\r\n"
                                "２０２１００２,曾璟,6.10102E+17,,\"北京市海淀区, 100000\"\r\n";

/// UTF-8 to GB18030 with iconv, as Excel on Chinese Windows saves "CSV (逗号分隔)".
std::string toGb18030(const std::string& utf8) {
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        throw std::runtime_error("no GB18030 in iconv");
    }
    std::string out(utf8.size() * 2 + 16, '\0');
    auto* in = const_cast<char*>(utf8.data());
    std::size_t inLeft = utf8.size();
    char* dst = out.data();
    std::size_t outLeft = out.size();
    if (iconv(cd, &in, &inLeft, &dst, &outLeft) == static_cast<std::size_t>(-1)) {
        iconv_close(cd);
        throw std::runtime_error("iconv failed");
    }
    iconv_close(cd);
    out.resize(out.size() - outLeft);
    return out;
}

void expectRosterCells(const gp::intake::SheetTable& sheet) {
    ASSERT_EQ(sheet.rows.size(), 3u);
    EXPECT_EQ(sheet.rows[0].size(), 5u);
    EXPECT_EQ(cellAt(sheet, 0, 0).text, "学号");
    EXPECT_EQ(cellAt(sheet, 0, 4).text, "邮寄地址");
    EXPECT_EQ(cellAt(sheet, 1, 0).kind, Kind::Text);
    EXPECT_EQ(cellAt(sheet, 1, 0).text, "2021001");
    EXPECT_EQ(cellAt(sheet, 1, 2).text, "610102199003071234");
    EXPECT_EQ(cellAt(sheet, 2, 0).text, "２０２１００２");
    EXPECT_EQ(cellAt(sheet, 2, 1).text, "曾璟");
    EXPECT_EQ(cellAt(sheet, 2, 2).kind, Kind::Text); // a CSV stores text, even "6.10102E+17"
    EXPECT_EQ(cellAt(sheet, 2, 2).text, "6.10102E+17");
    EXPECT_EQ(cellAt(sheet, 2, 3).kind, Kind::Empty);
    EXPECT_EQ(cellAt(sheet, 2, 4).text, "北京市海淀区, 100000");
}

class DelimitedTextReading : public testing::Test {
protected:
    gp::test::TempDir dir;
};

TEST_F(DelimitedTextReading, Utf8WithoutBom) {
    writeBytes(dir / "roster.csv", kRosterUtf8);
    auto book = readWorkbook(dir / "roster.csv");
    EXPECT_EQ(book.format, "csv");
    EXPECT_EQ(book.encoding, "utf-8");
    ASSERT_EQ(book.sheets.size(), 1u);
    EXPECT_EQ(book.sheets[0].name, "roster");
    expectRosterCells(book.sheets[0]);
}

TEST_F(DelimitedTextReading, Utf8WithBomDropsTheBom) {
    writeBytes(dir / "roster.csv", "\xEF\xBB\xBF" + kRosterUtf8);
    auto book = readWorkbook(dir / "roster.csv");
    EXPECT_EQ(book.encoding, "utf-8-bom");
    expectRosterCells(book.sheets[0]);
}

TEST_F(DelimitedTextReading, Gb18030IsConvertedToUtf8) {
    auto gb = toGb18030(kRosterUtf8);
    ASSERT_NE(gb, kRosterUtf8);
    writeBytes(dir / "名单.csv", gb);
    auto book = readWorkbook(dir / "名单.csv");
    EXPECT_EQ(book.encoding, "gb18030");
    EXPECT_EQ(book.sheets[0].name, "名单");
    expectRosterCells(book.sheets[0]);
}

TEST_F(DelimitedTextReading, TabSeparatedTextEvenWithCommasInFields) {
    writeBytes(dir / "roster.txt", "学号\t姓名\t邮寄地址\n"
                                   "2021001\t张三\t北京市海淀区, 100000\n"
                                   "2021002\t李四\t上海市, 浦东新区, 200120\n");
    auto book = readWorkbook(dir / "roster.txt");
    EXPECT_EQ(book.format, "csv");
    const auto& sheet = book.sheets[0];
    ASSERT_EQ(sheet.rows.size(), 3u);
    EXPECT_EQ(sheet.rows[1].size(), 3u);
    EXPECT_EQ(cellAt(sheet, 1, 2).text, "北京市海淀区, 100000");
    EXPECT_EQ(cellAt(sheet, 2, 2).text, "上海市, 浦东新区, 200120");
}

TEST_F(DelimitedTextReading, QuotedFieldsHoldSeparatorsLineBreaksAndDoubledQuotes) {
    writeBytes(dir / "roster.csv", "学号,备注,姓名\r\n"
                                   "2021001,\"补拍,\"\"蓝底\"\"\r\n第二行\",张三\r\n"
                                   "\"2021002\",\"\",李四\r\n");
    const auto sheet = readWorkbook(dir / "roster.csv").sheets[0];
    ASSERT_EQ(sheet.rows.size(), 3u);
    EXPECT_EQ(cellAt(sheet, 1, 1).text, "补拍,\"蓝底\"\r\n第二行");
    EXPECT_EQ(cellAt(sheet, 1, 2).text, "张三");
    EXPECT_EQ(cellAt(sheet, 2, 0).text, "2021002");
    EXPECT_EQ(cellAt(sheet, 2, 1).kind, Kind::Empty);
    EXPECT_EQ(cellAt(sheet, 2, 2).text, "李四");
}

TEST_F(DelimitedTextReading, LineEndsAndTrailingEmptyLines) {
    writeBytes(dir / "lf.csv", "a,b\nc,d");
    writeBytes(dir / "cr.csv", "a,b\rc,d\r");
    writeBytes(dir / "trailing.csv", "a,b\r\nc,d\r\n\r\n,,\r\n\r\n");
    for (const char* name : {"lf.csv", "cr.csv", "trailing.csv"}) {
        const auto sheet = readWorkbook(dir / name).sheets[0];
        ASSERT_EQ(sheet.rows.size(), 2u) << name;
        EXPECT_EQ(cellAt(sheet, 1, 1).text, "d") << name;
    }
}

TEST_F(DelimitedTextReading, EmptyRowsInsideAreKept) {
    writeBytes(dir / "roster.csv", "学号\r\n\r\n2021001\r\n");
    const auto sheet = readWorkbook(dir / "roster.csv").sheets[0];
    ASSERT_EQ(sheet.rows.size(), 3u);
    EXPECT_TRUE(sheet.rows[1].empty());
}

TEST_F(DelimitedTextReading, TheFormatComesFromTheContentNotTheExtension) {
    writeBytes(dir / "roster.xlsx", kRosterUtf8);
    auto book = readWorkbook(dir / "roster.xlsx");
    EXPECT_EQ(book.format, "csv");
    expectRosterCells(book.sheets[0]);
}

TEST_F(DelimitedTextReading, AnUnclosedQuoteRunsToTheEndWithoutHanging) {
    writeBytes(dir / "roster.csv", "学号,姓名\r\n2021001,\"张三\r\n2021002,李四\r\n");
    const auto sheet = readWorkbook(dir / "roster.csv").sheets[0];
    ASSERT_EQ(sheet.rows.size(), 2u);
    EXPECT_EQ(cellAt(sheet, 1, 1).text, "张三\r\n2021002,李四\r\n");
}

} // namespace
