// How numbers and dates become cell text, and which number formats are dates.
#include "core/intake/roster/CellText.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace gp::intake::detail;
using gp::intake::SheetCell;
using gp::intake::SheetTable;

TEST(CellText, NumbersGetTheShortestDecimalThatReadsBackExactly) {
    EXPECT_EQ(shortestDecimal(2021001), "2021001");
    EXPECT_EQ(shortestDecimal(0.5), "0.5");
    EXPECT_EQ(shortestDecimal(0.1), "0.1");
    EXPECT_EQ(shortestDecimal(-3), "-3");
    EXPECT_EQ(shortestDecimal(610102199003071000.0), "6.10102199003071e+17");
    EXPECT_EQ(shortestDecimal(13912345678.0), "13912345678");
    SheetCell cell;
    setNumber(cell, 2.5);
    EXPECT_EQ(cell.kind, SheetCell::Kind::Number);
    EXPECT_EQ(cell.text, "2.5");
    EXPECT_EQ(cell.number, 2.5);
}

TEST(CellText, SerialDatesBecomeIsoDates) {
    DateOrigin excel;
    EXPECT_EQ(isoFromSerial(32939, excel), "1990-03-07");
    EXPECT_EQ(isoFromSerial(45473, excel), "2024-06-30");
    EXPECT_EQ(isoFromSerial(45473.5, excel), "2024-06-30T12:00:00");
    EXPECT_EQ(isoFromSerial(45473 + 8.5 / 24, excel), "2024-06-30T08:30:00");
    EXPECT_EQ(isoFromSerial(36585, excel), "2000-02-29");
    // Excel's phantom 1900-02-29 (serial 60): before it, serials are one day ahead.
    EXPECT_EQ(isoFromSerial(1, excel), "1900-01-01");
    EXPECT_EQ(isoFromSerial(59, excel), "1900-02-28");
    EXPECT_EQ(isoFromSerial(60, excel), "");
    EXPECT_EQ(isoFromSerial(61, excel), "1900-03-01");
    EXPECT_EQ(isoFromSerial(-1, excel), "");
    EXPECT_EQ(isoFromSerial(std::nan(""), excel), "");
    EXPECT_EQ(isoFromSerial(1e12, excel), "");
    EXPECT_EQ(isoFromSerial(0, DateOrigin{1904, 1, 1}), "1904-01-01");
    EXPECT_EQ(isoFromSerial(31477, DateOrigin{1904, 1, 1}), "1990-03-07");
}

TEST(CellText, DatesBecomeSerialsAndIsoText) {
    DateOrigin excel;
    EXPECT_EQ(serialFromDate(1990, 3, 7, 0, 0, 0, excel), 32939);
    EXPECT_EQ(serialFromDate(2024, 6, 30, 12, 0, 0, excel), 45473.5);
    EXPECT_EQ(serialFromDate(1900, 1, 1, 0, 0, 0, excel), 1);
    EXPECT_EQ(isoFromDate(1990, 3, 7, 0, 0, 0), "1990-03-07");
    EXPECT_EQ(isoFromDate(2024, 6, 30, 8, 30, 0), "2024-06-30T08:30:00");
}

TEST(CellText, DateFormatCodesAreToldFromNumberFormats) {
    EXPECT_TRUE(isDateFormatCode("yyyy-mm-dd"));
    EXPECT_TRUE(isDateFormatCode("yyyy/m/d"));
    EXPECT_TRUE(isDateFormatCode("yyyy\"年\"m\"月\"d\"日\""));
    EXPECT_TRUE(isDateFormatCode("[$-804]yyyy年m月d日"));
    EXPECT_TRUE(isDateFormatCode("[DBNum1][$-804]yyyy\"年\"m\"月\""));
    EXPECT_TRUE(isDateFormatCode("m/d/yy h:mm"));
    EXPECT_TRUE(isDateFormatCode("DD.MM.YYYY"));
    EXPECT_FALSE(isDateFormatCode("General"));
    EXPECT_FALSE(isDateFormatCode("0"));
    EXPECT_FALSE(isDateFormatCode("0.00"));
    EXPECT_FALSE(isDateFormatCode("0.00E+00"));
    EXPECT_FALSE(isDateFormatCode("@"));
    EXPECT_FALSE(isDateFormatCode("[Red]#,##0.00"));
    EXPECT_FALSE(isDateFormatCode("\"day \"0"));
    EXPECT_FALSE(isDateFormatCode("0\\d"));
    EXPECT_FALSE(isDateFormatCode("h:mm:ss"));
    EXPECT_FALSE(isDateFormatCode("[h]:mm"));
    EXPECT_FALSE(isDateFormatCode("000000000000000000"));
}

TEST(CellText, BuiltInDateFormatsIncludeTheChineseOnes) {
    EXPECT_TRUE(isBuiltInDateFormat(14));
    EXPECT_TRUE(isBuiltInDateFormat(22));
    EXPECT_TRUE(isBuiltInDateFormat(31)); // yyyy"年"m"月"d"日"
    EXPECT_TRUE(isBuiltInDateFormat(57));
    EXPECT_FALSE(isBuiltInDateFormat(0));
    EXPECT_FALSE(isBuiltInDateFormat(1));
    EXPECT_FALSE(isBuiltInDateFormat(20)); // h:mm
    EXPECT_FALSE(isBuiltInDateFormat(32)); // h"时"mm"分"
    EXPECT_FALSE(isBuiltInDateFormat(49)); // @
}

TEST(CellText, TrimmingDropsTrailingEmptyRowsAndCells) {
    SheetTable sheet;
    sheet.rows.resize(5);
    sheet.rows[0].resize(3);
    setNumber(sheet.rows[0][0], 1);
    sheet.rows[2].resize(2);
    sheet.rows[2][0].kind = SheetCell::Kind::Text;
    sheet.rows[2][0].text = "a";
    sheet.rows[4].resize(4); // only empty cells
    trimSheet(sheet);
    ASSERT_EQ(sheet.rows.size(), 3u);
    EXPECT_EQ(sheet.rows[0].size(), 1u);
    EXPECT_TRUE(sheet.rows[1].empty());
    EXPECT_EQ(sheet.rows[2].size(), 1u);
}
