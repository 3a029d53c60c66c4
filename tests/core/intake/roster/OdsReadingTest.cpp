// Reading .ods rosters (LibreOffice, WPS "OpenDocument"). The fixture is the smallest valid
// package: an uncompressed "mimetype" entry first, then content.xml, zipped with Poco::Zip.
#include "core/intake/roster/SheetTable.h"
#include "tests/core/intake/roster/RosterTestSupport.h"
#include "tests/support/TempDir.h"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using gp::intake::readWorkbook;
using gp::test::cellAt;
using Kind = gp::intake::SheetCell::Kind;
using testing::HasSubstr;

namespace {

const char* const kContentXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
  xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet>
<table:table table:name="名单">
 <table:table-row>
  <table:table-cell table:number-columns-spanned="5" office:value-type="string"><text:p>2024届毕业生名单</text:p></table:table-cell>
  <table:covered-table-cell table:number-columns-repeated="4"/>
 </table:table-row>
 <table:table-row>
  <table:table-cell office:value-type="string"><text:p>学号</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>身份证号</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>出生日期</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>在籍</text:p></table:table-cell>
 </table:table-row>
 <table:table-row>
  <table:table-cell office:value-type="string"><text:p>２０２１００１</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>张三</text:p></table:table-cell>
  <table:table-cell office:value-type="float" office:value="6.10102199003071E+17"><text:p>6.10102E+17</text:p></table:table-cell>
  <table:table-cell office:value-type="date" office:date-value="1990-03-07"><text:p>1990-03-07</text:p></table:table-cell>
  <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
 </table:table-row>
 <table:table-row table:number-rows-repeated="2">
  <table:table-cell office:value-type="string"><text:p>同名</text:p></table:table-cell>
  <table:table-cell office:value-type="float" office:value="2021"><text:p>2021</text:p></table:table-cell>
 </table:table-row>
 <table:table-row>
  <table:table-cell table:number-columns-repeated="3"/>
  <table:table-cell office:value-type="date" office:date-value="2024-06-30T08:30:00"><text:p>2024-06-30 08:30</text:p></table:table-cell>
 </table:table-row>
 <table:table-row table:number-rows-repeated="1048570">
  <table:table-cell table:number-columns-repeated="1024"/>
 </table:table-row>
</table:table>
<table:table table:name="说明">
 <table:table-row>
  <table:table-cell office:value-type="string"><text:p>请勿修改表头</text:p></table:table-cell>
 </table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document-content>
)";

std::filesystem::path writeOds(const std::filesystem::path& file) {
    std::ofstream out(file, std::ios::binary);
    Poco::Zip::Compress zip(out, true);
    std::istringstream mimetype("application/vnd.oasis.opendocument.spreadsheet");
    zip.addFile(mimetype, Poco::DateTime(), Poco::Path("mimetype"), Poco::Zip::ZipCommon::CM_STORE);
    std::istringstream content(kContentXml);
    zip.addFile(content, Poco::DateTime(), Poco::Path("content.xml"));
    zip.close();
    return file;
}

class OdsReading : public testing::Test {
protected:
    gp::test::TempDir dir;
};

TEST_F(OdsReading, ReadsSheetsTextNumbersDatesAndRepeatedRows) {
    auto book = readWorkbook(writeOds(dir / "roster.ods"));
    EXPECT_EQ(book.format, "ods");
    ASSERT_EQ(book.sheets.size(), 2u);
    EXPECT_EQ(book.sheets[0].name, "名单");
    EXPECT_EQ(book.sheets[1].name, "说明");
    EXPECT_EQ(cellAt(book.sheets[1], 0, 0).text, "请勿修改表头");

    const auto& sheet = book.sheets[0];
    EXPECT_EQ(cellAt(sheet, 0, 0).text, "2024届毕业生名单");
    EXPECT_EQ(cellAt(sheet, 0, 1).kind, Kind::Empty);
    EXPECT_EQ(cellAt(sheet, 1, 3).text, "出生日期");
    EXPECT_EQ(cellAt(sheet, 2, 0).kind, Kind::Text);
    EXPECT_EQ(cellAt(sheet, 2, 0).text, "２０２１００１");
    auto id = cellAt(sheet, 2, 2);
    EXPECT_EQ(id.kind, Kind::Number);
    EXPECT_EQ(id.text, "6.10102199003071e+17");
    auto birth = cellAt(sheet, 2, 3);
    EXPECT_EQ(birth.kind, Kind::DateTime);
    EXPECT_EQ(birth.text, "1990-03-07");
    EXPECT_EQ(birth.number, 32939);
    // orcus 0.17 passes no boolean cells from ods, and of a row written once with
    // number-rows-repeated="2" it passes the first copy only; the rows below keep their places.
    EXPECT_EQ(cellAt(sheet, 2, 4).kind, Kind::Empty);
    EXPECT_EQ(cellAt(sheet, 3, 0).text, "同名");
    EXPECT_EQ(cellAt(sheet, 3, 1).text, "2021");
    EXPECT_EQ(cellAt(sheet, 5, 3).kind, Kind::DateTime);
    EXPECT_EQ(cellAt(sheet, 5, 3).text, "2024-06-30T08:30:00");
    // the million empty rows LibreOffice writes at the end are not rows
    EXPECT_EQ(sheet.rows.size(), 6u);
}

TEST_F(OdsReading, ACutOffOdsIsReportedAsDamaged) {
    auto bytes = gp::test::readBytes(writeOds(dir / "roster.ods"));
    gp::test::writeBytes(dir / "half.ods", bytes.substr(0, bytes.size() / 2));
    auto error = gp::test::readError(dir / "half.ods");
    ASSERT_TRUE(error);
    EXPECT_THAT(error->what(), HasSubstr("damaged or incomplete"));
}

} // namespace
