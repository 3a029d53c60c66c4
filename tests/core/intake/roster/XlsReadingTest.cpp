// Reading legacy .xls rosters (Excel 97–2003) through FreeXL. The fixtures are written at test
// time with python3-xlwt.
#include "core/intake/roster/SheetTable.h"
#include "tests/core/intake/roster/RosterTestSupport.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

using gp::intake::readWorkbook;
using gp::test::cellAt;
using Kind = gp::intake::SheetCell::Kind;
using testing::HasSubstr;

namespace {

const char* const kWriteXls = R"(
import datetime, sys, xlwt
book = xlwt.Workbook(encoding='utf-8')
sheet = book.add_sheet('名单')
sheet.write_merge(0, 0, 0, 5, '2024届毕业生名单')
for col, name in enumerate(['学号', '姓名', '身份证号', '出生日期', '年级', '报到时间']):
    sheet.write(1, col, name)
date = xlwt.easyxf(num_format_str='YYYY-MM-DD')
stamp = xlwt.easyxf(num_format_str='YYYY-MM-DD HH:MM:SS')
sheet.write(2, 0, '2021001')
sheet.write(2, 1, '张三')
sheet.write(2, 2, '610102199003071234')
sheet.write(2, 3, datetime.date(1990, 3, 7), date)
sheet.write(2, 4, 2021)
sheet.write(2, 5, datetime.datetime(2024, 6, 30, 8, 30), stamp)
sheet.write(3, 0, '２０２１００２')
sheet.write(3, 1, '李四')
sheet.write(3, 2, 610102199003071000.0)
sheet.write(3, 4, 0.5)
sheet.write(9, 0, '', xlwt.easyxf('borders: left thin'))
book.add_sheet('说明').write(0, 0, '请勿修改表头')
book.save(sys.argv[1])
)";

class XlsReading : public testing::Test {
protected:
    void SetUp() override {
        gp::test::writeBytes(dir / "write_xls.py", kWriteXls);
        std::string command = std::string(PYTHON3) + " '" + (dir / "write_xls.py").string() +
                              "' '" + xls.string() + "'";
        ASSERT_EQ(std::system(command.c_str()), 0) << "python3-xlwt could not write " << xls;
    }

    gp::test::TempDir dir;
    std::filesystem::path xls = dir / "roster.xls";
};

TEST_F(XlsReading, ReadsSheetsTextNumbersAndDates) {
    auto book = readWorkbook(xls);
    EXPECT_EQ(book.format, "xls");
    EXPECT_EQ(book.encoding, "");
    ASSERT_EQ(book.sheets.size(), 2u);
    EXPECT_EQ(book.sheets[0].name, "名单");
    EXPECT_EQ(book.sheets[1].name, "说明");
    EXPECT_EQ(cellAt(book.sheets[1], 0, 0).text, "请勿修改表头");

    const auto& sheet = book.sheets[0];
    EXPECT_EQ(cellAt(sheet, 0, 0).text, "2024届毕业生名单");
    EXPECT_EQ(cellAt(sheet, 0, 1).kind, Kind::Empty);
    EXPECT_EQ(cellAt(sheet, 1, 5).text, "报到时间");
    EXPECT_EQ(cellAt(sheet, 2, 0).kind, Kind::Text);
    EXPECT_EQ(cellAt(sheet, 2, 0).text, "2021001");
    EXPECT_EQ(cellAt(sheet, 2, 2).text, "610102199003071234");
    EXPECT_EQ(cellAt(sheet, 3, 0).text, "２０２１００２");
    EXPECT_EQ(cellAt(sheet, 3, 1).text, "李四");

    EXPECT_EQ(cellAt(sheet, 2, 4).kind, Kind::Number);
    EXPECT_EQ(cellAt(sheet, 2, 4).text, "2021");
    EXPECT_EQ(cellAt(sheet, 3, 4).text, "0.5");
    auto id = cellAt(sheet, 3, 2);
    EXPECT_EQ(id.kind, Kind::Number);
    EXPECT_EQ(id.text, "6.10102199003071e+17");

    auto birth = cellAt(sheet, 2, 3);
    EXPECT_EQ(birth.kind, Kind::DateTime);
    EXPECT_EQ(birth.text, "1990-03-07");
    EXPECT_EQ(birth.number, 32939);
    auto stamp = cellAt(sheet, 2, 5);
    EXPECT_EQ(stamp.kind, Kind::DateTime);
    EXPECT_EQ(stamp.text, "2024-06-30T08:30:00");
}

TEST_F(XlsReading, TrailingRowsWithoutValuesAreDropped) {
    auto sheet = readWorkbook(xls).sheets[0];
    EXPECT_EQ(sheet.rows.size(), 4u);
    EXPECT_EQ(sheet.rows[3].size(), 5u);
}

TEST_F(XlsReading, TheFormatComesFromTheContentNotTheExtension) {
    std::filesystem::copy_file(xls, dir / "roster.csv");
    EXPECT_EQ(readWorkbook(dir / "roster.csv").format, "xls");
}

TEST_F(XlsReading, ACutOffXlsIsAUserError) {
    auto bytes = gp::test::readBytes(xls);
    gp::test::writeBytes(dir / "half.xls", bytes.substr(0, bytes.size() / 2));
    auto error = gp::test::readError(dir / "half.xls");
    ASSERT_TRUE(error);
    EXPECT_THAT(error->what(), HasSubstr("damaged or incomplete"));
}

} // namespace
