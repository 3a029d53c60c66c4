// A report workbook written with libxlsxwriter: owns the workbook, the formats its tables
// share and the tables themselves; close() writes the file and turns libxlsxwriter's error
// codes into a UserError. A workbook destroyed without close() writes nothing.
#pragma once

#include "XlsxTable.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct lxw_workbook;

namespace gp {
class Clock;
}

namespace gp::reports {

/// A native Excel bar chart over rows of a table: one bar per row (its category column), one
/// series per value column, named by that column's header.
struct XlsxBarChart {
    std::string title;
    std::string valueAxisTitle;
    bool stacked = false;
    std::size_t categoryColumn = 0;
    std::vector<std::size_t> seriesColumns;
    std::size_t rows = 0; ///< the first rows data rows of the table
};

class XlsxWorkbook {
public:
    /// A workbook that will be written to file (the file is created only by close()). Its
    /// document properties carry title and the clock's time, so that tests are repeatable.
    XlsxWorkbook(const std::filesystem::path& file, const std::string& title, const Clock& clock);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    /// Adds a sheet (name at most 31 characters, none of []:*?/\) holding one table.
    XlsxTable& addTable(const std::string& sheetName, std::vector<XlsxColumn> columns,
                        bool autofilter = true);

    /// Number formats of percent and dateTime cells (Excel format codes, e.g. "0.0%",
    /// "yyyy-mm-dd hh:mm"); defaults are those two.
    void setNumberFormats(const std::string& percent, const std::string& dateTime);
    /// The note a table gets when rows were left out beyond Excel's limit; "{rows}" is
    /// replaced by their number. Reports set it from templates/reports/common.json.
    void setOmittedRowsNote(std::string note) { omittedRowsNote_ = std::move(note); }

    /// Adds a bar chart beside the table (right of its last column, below its header), tall
    /// enough for one bar per row.
    void addBarChart(const XlsxTable& table, const std::string& sheetName,
                     const XlsxBarChart& chart);

    /// Finishes every table and writes the file. Throws UserError when it cannot be written
    /// (folder gone, disk full); the workbook cannot be used afterwards either way.
    void close();

private:
    std::filesystem::path file_;
    std::string omittedRowsNote_ = "{rows} more rows exceed Excel's row limit and are not listed";
    std::string tmpdir_; ///< libxlsxwriter may keep the pointer
    lxw_workbook* book_ = nullptr;
    XlsxTable::Formats formats_;
    std::vector<std::unique_ptr<XlsxTable>> tables_;
};

} // namespace gp::reports
