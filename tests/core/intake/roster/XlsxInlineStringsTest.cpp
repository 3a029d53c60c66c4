// Reading .xlsx rosters whose text cells are inline strings (<c t="inlineStr"><is>...</is></c>),
// as streaming writers save them: libxlsxwriter in constant_memory mode, and packages built by
// hand for what it does not write (sheets whose part numbers do not follow their order, rich
// text with phonetic runs, cells without references, an inline string where orcus has a value).
#include "core/intake/roster/XlsxInlineStrings.h"

#include "core/intake/roster/SheetTable.h"
#include "tests/core/intake/roster/RosterTestSupport.h"
#include "tests/core/intake/roster/XlsxFixture.h"
#include "tests/support/TempDir.h"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>
#include <vector>
#include <xlsxwriter.h>

using gp::intake::readWorkbook;
using gp::intake::SheetCell;
using gp::intake::SheetTable;
using gp::test::cellAt;
using Kind = gp::intake::SheetCell::Kind;

namespace {

void check(lxw_error error) {
    if (error != LXW_NO_ERROR) {
        throw std::runtime_error(std::string("libxlsxwriter: ") + lxw_strerror(error));
    }
}

/// A workbook written by libxlsxwriter in constant_memory mode: every string is an inline
/// string, and rows must be written in order.
class ConstantMemoryXlsx {
public:
    explicit ConstantMemoryXlsx(const std::filesystem::path& file) : file_(file) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        book_ = workbook_new_opt(file_.c_str(), &options);
        if (book_ == nullptr) {
            throw std::runtime_error("libxlsxwriter cannot create " + file_.string());
        }
    }
    ~ConstantMemoryXlsx() {
        if (book_ != nullptr) {
            workbook_close(book_);
        }
    }
    ConstantMemoryXlsx(const ConstantMemoryXlsx&) = delete;
    ConstantMemoryXlsx& operator=(const ConstantMemoryXlsx&) = delete;

    lxw_worksheet* sheet(const char* name) {
        auto* sheet = workbook_add_worksheet(book_, name);
        if (sheet == nullptr) {
            throw std::runtime_error(std::string("libxlsxwriter cannot add the sheet ") + name);
        }
        return sheet;
    }
    lxw_format* bold() {
        auto* format = workbook_add_format(book_);
        format_set_bold(format);
        return format;
    }
    const std::filesystem::path& save() {
        lxw_error error = workbook_close(book_);
        book_ = nullptr;
        check(error);
        return file_;
    }

private:
    std::filesystem::path file_;
    lxw_workbook* book_ = nullptr;
};

void text(lxw_worksheet* sheet, unsigned row, unsigned col, const std::string& value) {
    check(worksheet_write_string(sheet, row, static_cast<lxw_col_t>(col), value.c_str(), nullptr));
}
void number(lxw_worksheet* sheet, unsigned row, unsigned col, double value) {
    check(worksheet_write_number(sheet, row, static_cast<lxw_col_t>(col), value, nullptr));
}

/// A roster as a school information system streams it: a title row, Chinese headers, text and
/// numbers, a rich-text cell, entities and spaces; then a notes sheet.
std::filesystem::path writeStreamedRoster(const gp::test::TempDir& dir) {
    ConstantMemoryXlsx xlsx(dir / "streamed.xlsx");
    auto* roster = xlsx.sheet("名单");
    text(roster, 0, 0, "2024届毕业生名单");
    const char* headers[] = {"学号", "姓名", "身份证号", "年级", "备注"};
    for (unsigned col = 0; col < 5; ++col) {
        text(roster, 1, col, headers[col]);
    }
    text(roster, 2, 0, "2021001");
    text(roster, 2, 1, "张三");
    text(roster, 2, 2, "610102199003071234");
    number(roster, 2, 3, 2021);
    text(roster, 2, 4, "R&D <研发> \"部\"");
    text(roster, 3, 0, "2021002");
    text(roster, 3, 1, "  李 四  ");
    number(roster, 3, 2, 610102199003071000.0);
    number(roster, 3, 3, 2.5);
    lxw_rich_string_tuple first{xlsx.bold(), const_cast<char*>("陕西省")};
    lxw_rich_string_tuple second{nullptr, const_cast<char*>("西安市 雁塔区")};
    lxw_rich_string_tuple* runs[] = {&first, &second, nullptr};
    check(worksheet_write_rich_string(roster, 3, 4, runs, nullptr));
    // row 4 left out; a cell far to the right on row 5
    text(roster, 5, 27, "AB6");
    auto* notes = xlsx.sheet("说明");
    text(notes, 0, 0, "请勿修改表头");
    text(notes, 2, 1, "第三行");
    return xlsx.save();
}

class XlsxInlineStrings : public testing::Test {
protected:
    gp::test::TempDir dir;
};

void expectText(const SheetTable& sheet, std::size_t row, std::size_t col,
                const std::string& expected) {
    auto cell = cellAt(sheet, row, col);
    EXPECT_EQ(cell.kind, Kind::Text) << sheet.name << " row " << row << " col " << col;
    EXPECT_EQ(cell.text, expected) << sheet.name << " row " << row << " col " << col;
}

void expectNumber(const SheetTable& sheet, std::size_t row, std::size_t col, double expected) {
    auto cell = cellAt(sheet, row, col);
    EXPECT_EQ(cell.kind, Kind::Number) << sheet.name << " row " << row << " col " << col;
    EXPECT_EQ(cell.number, expected) << sheet.name << " row " << row << " col " << col;
}

TEST_F(XlsxInlineStrings, ConstantMemoryRosterKeepsItsTextNumbersAndLayout) {
    auto path = writeStreamedRoster(dir);
    ASSERT_NE(gp::test::readBytes(path).find("PK"), std::string::npos);
    auto book = readWorkbook(path);
    EXPECT_EQ(book.format, "xlsx");
    ASSERT_EQ(book.sheets.size(), 2u);
    const auto& roster = book.sheets[0];
    EXPECT_EQ(roster.name, "名单");
    ASSERT_EQ(roster.rows.size(), 6u);
    expectText(roster, 0, 0, "2024届毕业生名单");
    EXPECT_EQ(roster.rows[0].size(), 1u);
    expectText(roster, 1, 0, "学号");
    expectText(roster, 1, 1, "姓名");
    expectText(roster, 1, 2, "身份证号");
    expectText(roster, 1, 3, "年级");
    expectText(roster, 1, 4, "备注");
    expectText(roster, 2, 0, "2021001");
    expectText(roster, 2, 1, "张三");
    expectText(roster, 2, 2, "610102199003071234");
    expectNumber(roster, 2, 3, 2021);
    EXPECT_EQ(cellAt(roster, 2, 3).text, "2021");
    expectText(roster, 2, 4, "R&D <研发> \"部\"");
    expectText(roster, 3, 0, "2021002");
    expectText(roster, 3, 1, "  李 四  ");
    expectNumber(roster, 3, 2, 610102199003071000.0);
    expectNumber(roster, 3, 3, 2.5);
    expectText(roster, 3, 4, "陕西省西安市 雁塔区");
    EXPECT_TRUE(roster.rows[4].empty());
    ASSERT_EQ(roster.rows[5].size(), 28u);
    expectText(roster, 5, 27, "AB6");
    EXPECT_EQ(cellAt(roster, 5, 26).kind, Kind::Empty);

    const auto& notes = book.sheets[1];
    EXPECT_EQ(notes.name, "说明");
    ASSERT_EQ(notes.rows.size(), 3u);
    expectText(notes, 0, 0, "请勿修改表头");
    EXPECT_TRUE(notes.rows[1].empty());
    expectText(notes, 2, 1, "第三行");
}

/// A package built by hand with Poco::Zip, its parts named and filled as given.
std::filesystem::path writePackage(const std::filesystem::path& file,
                                   const std::vector<std::pair<std::string, std::string>>& parts) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    Poco::Zip::Compress zip(out, true);
    for (const auto& [name, content] : parts) {
        std::istringstream in(content);
        zip.addFile(in, Poco::DateTime(), Poco::Path(name, Poco::Path::PATH_UNIX));
    }
    zip.close();
    return file;
}

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>)";

constexpr const char* kPackageRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

// Sheet order 名单, 说明 &amp; 附注, 空表; parts sheet3, sheet1 (absolute target), sheet2;
// relationships listed in yet another order.
constexpr const char* kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets>
<sheet name="名单" sheetId="1" r:id="rId7"/>
<sheet name="说明 &amp; 附注" sheetId="2" r:id="rId5"/>
<sheet name="空表" sheetId="3" r:id="rId6"/>
</sheets>
</workbook>)";

constexpr const char* kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
</Relationships>)";

constexpr const char* kSharedStrings =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>共享</t></si></sst>)";

// 名单 (sheet3.xml): inline strings only, rich text with a phonetic run, entities, preserved
// spaces, a cell without a reference, a shared string and an inline string in the same cell.
constexpr const char* kRosterSheet =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>学号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c><c r="C1" t="inlineStr"><is><t>班级</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>2021001</t></is></c><c r="B2" t="inlineStr"><is><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve"> 三 </t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh><phoneticPr fontId="1"/></is></c><c r="C2" t="inlineStr"><is><t>A&amp;B &lt;1&gt; &#x73ED;&#29677;</t></is></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">  2021002	</t></is></c><c t="inlineStr"><is><t>李四</t></is></c><c r="C3" t="s"><v>0</v></c><c r="C3" t="inlineStr"><is><t>不该出现</t></is></c></row>
<row r="5" spans="1:2"><c r="A5"><v>42</v></c><c r="B5" t="inlineStr"><is><t/></is></c><c r="D5" t="inlineStr"><is><t><![CDATA[<CDATA>]]></t></is></c></row>
</sheetData>
</worksheet>)";

// 说明 (sheet1.xml, an absolute target): inline strings only, with an element prefix. (orcus
// 0.17 does not follow absolute targets: a number or shared string here would be lost.)
constexpr const char* kNotesSheet =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>说明</x:t></x:is></x:c></x:row>
<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>第二行</x:t></x:is></x:c></x:row>
</x:sheetData>
</x:worksheet>)";

// 空表 (sheet2.xml): no cells.
constexpr const char* kEmptySheet =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>)";

std::filesystem::path writeHandBuiltPackage(const gp::test::TempDir& dir) {
    return writePackage(dir / "hand-built.xlsx", {{"[Content_Types].xml", kContentTypes},
                                                  {"_rels/.rels", kPackageRels},
                                                  {"xl/workbook.xml", kWorkbook},
                                                  {"xl/_rels/workbook.xml.rels", kWorkbookRels},
                                                  {"xl/sharedStrings.xml", kSharedStrings},
                                                  {"xl/worksheets/sheet1.xml", kNotesSheet},
                                                  {"xl/worksheets/sheet2.xml", kEmptySheet},
                                                  {"xl/worksheets/sheet3.xml", kRosterSheet}});
}

TEST_F(XlsxInlineStrings, SheetPartsAreFoundThroughTheWorkbookRelationships) {
    auto book = readWorkbook(writeHandBuiltPackage(dir));
    ASSERT_EQ(book.sheets.size(), 3u);
    EXPECT_EQ(book.sheets[0].name, "名单");
    EXPECT_EQ(book.sheets[1].name, "说明 & 附注");
    EXPECT_EQ(book.sheets[2].name, "空表");

    const auto& roster = book.sheets[0];
    ASSERT_EQ(roster.rows.size(), 5u);
    ASSERT_EQ(roster.rows[0].size(), 3u);
    expectText(roster, 0, 0, "学号");
    expectText(roster, 0, 1, "姓名");
    expectText(roster, 0, 2, "班级");
    expectText(roster, 1, 0, "2021001");
    expectText(roster, 1, 1, "张 三 "); // runs joined, the phonetic run left out
    expectText(roster, 1, 2, "A&B <1> 班班");
    expectText(roster, 2, 0, "  2021002\t");
    expectText(roster, 2, 1, "李四"); // no reference: the column after the previous cell
    expectText(roster, 2, 2, "共享"); // orcus's value stays
    EXPECT_TRUE(roster.rows[3].empty());
    ASSERT_EQ(roster.rows[4].size(), 4u);
    expectNumber(roster, 4, 0, 42);
    EXPECT_EQ(cellAt(roster, 4, 1).kind, Kind::Empty); // an empty inline string
    EXPECT_EQ(cellAt(roster, 4, 2).kind, Kind::Empty);
    expectText(roster, 4, 3, "<CDATA>");

    const auto& notes = book.sheets[1];
    ASSERT_EQ(notes.rows.size(), 2u);
    ASSERT_EQ(notes.rows[0].size(), 2u);
    EXPECT_EQ(cellAt(notes, 0, 0).kind, Kind::Empty);
    expectText(notes, 0, 1, "说明");
    ASSERT_EQ(notes.rows[1].size(), 1u);
    expectText(notes, 1, 0, "第二行");

    EXPECT_TRUE(book.sheets[2].rows.empty());
}

TEST_F(XlsxInlineStrings, SharedStringWorkbookIsReadAsBefore) {
    gp::test::XlsxFixture xlsx(dir / "shared.xlsx");
    xlsx.sheet("名单").text(0, 0, "学号").text(0, 1, "姓名").text(1, 0, "2021001").number(1, 1, 3);
    xlsx.sheet("说明").text(1, 1, "请勿修改");
    auto path = xlsx.save();
    auto book = readWorkbook(path);
    ASSERT_EQ(book.sheets.size(), 2u);
    const auto& roster = book.sheets[0];
    ASSERT_EQ(roster.rows.size(), 2u);
    ASSERT_EQ(roster.rows[0].size(), 2u);
    expectText(roster, 0, 0, "学号");
    expectText(roster, 0, 1, "姓名");
    expectText(roster, 1, 0, "2021001");
    expectNumber(roster, 1, 1, 3);
    ASSERT_EQ(book.sheets[1].rows.size(), 2u);
    EXPECT_TRUE(book.sheets[1].rows[0].empty());
    expectText(book.sheets[1], 1, 1, "请勿修改");
}

} // namespace
