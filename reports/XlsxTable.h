// One sheet of a report workbook written as a table: a bold header row that stays in view
// (frozen) with an autofilter over it, columns as wide as what they hold (CJK characters count
// double, within limits), text cells formatted as text ("@") so that 学号 and ID numbers stay
// text even when someone edits them in Excel. Rows are written left to right, top to bottom.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

struct lxw_worksheet;
struct lxw_format;

namespace gp::reports {

struct XlsxColumn {
    std::string header;
    double maxWidth = 50; ///< in Excel's character units; longer texts are cut off on screen
};

class XlsxTable {
public:
    struct Formats {
        lxw_format* header = nullptr;
        lxw_format* text = nullptr;
        lxw_format* percent = nullptr;  ///< a share 0..1 shown as a percentage
        lxw_format* dateTime = nullptr; ///< a date and time of day
    };

    /// Writes the header row. Created by XlsxWorkbook::addTable.
    XlsxTable(lxw_worksheet* sheet, Formats formats, std::vector<XlsxColumn> columns,
              bool autofilter);

    /// The next cell of the current row as text (never converted to a number); an empty
    /// value leaves the cell blank.
    XlsxTable& text(std::string_view value);
    /// The next cell as a number.
    XlsxTable& number(double value);
    XlsxTable& count(std::size_t value) { return number(static_cast<double>(value)); }
    /// The next cell as a share (0.25) shown in the workbook's percent format (25.0%).
    XlsxTable& percent(double share);
    /// The next cell as an Excel date and time, shown in the workbook's date-time format.
    XlsxTable& dateTime(int year, int month, int day, int hour, int minute, double second);
    /// The next cell left blank.
    XlsxTable& skip();
    /// Ends the current row.
    void endRow();

    /// Sets the column widths, freezes the header row and puts the autofilter over the rows
    /// written; rows left out are told in omittedNote ("{rows}" replaced by their number).
    /// Called by XlsxWorkbook::close().
    void finish(const std::string& omittedNote);

    /// Data rows written (not counting the header).
    std::size_t rows() const { return row_ - 1; }
    /// Rows beyond Excel's 1,048,576-row limit that were left out.
    std::size_t omitted() const { return omitted_; }
    std::size_t columnCount() const { return columns_.size(); }
    /// The libxlsxwriter sheet, for what a table does not cover (charts).
    lxw_worksheet* worksheet() const { return sheet_; }

private:
    bool full() const;
    void fit(std::size_t column, double width);
    XlsxTable& formattedNumber(double value, lxw_format* format, double shownWidth);

    lxw_worksheet* sheet_;
    Formats formats_;
    std::vector<XlsxColumn> columns_;
    std::vector<double> widths_;
    bool autofilter_;
    std::size_t row_ = 1; ///< 0-based sheet row being written; row 0 is the header
    std::size_t column_ = 0;
    std::size_t omitted_ = 0;
    bool finished_ = false;
};

/// How wide a text is on screen in Excel's character units: CJK and full-width characters
/// count 2, others 1.
double displayWidth(std::string_view utf8);

} // namespace gp::reports
