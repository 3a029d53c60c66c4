#include "XlsxTable.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <xlsxwriter.h>

namespace gp::reports {
namespace {

/// The last sheet row (0-based) is kept for a note when rows had to be left out.
constexpr std::size_t kNoteRow = LXW_ROW_MAX - 1;
/// Excel holds at most 32,767 characters in a cell; bytes never undercount characters.
constexpr std::size_t kMaxCellBytes = 32767;
constexpr double kMinWidth = 6;

void check(lxw_error error, const char* what) {
    if (error != LXW_NO_ERROR) {
        throw std::runtime_error(std::string("libxlsxwriter: ") + what + ": " +
                                 lxw_strerror(error));
    }
}

/// value cut to at most kMaxCellBytes, at a character boundary.
std::string cellText(std::string_view value) {
    if (value.size() <= kMaxCellBytes) {
        return std::string(value);
    }
    std::size_t end = kMaxCellBytes;
    while (end > 0 && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80) {
        --end;
    }
    return std::string(value.substr(0, end));
}

bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

double displayWidth(std::string_view utf8) {
    double width = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t length = 1;
        char32_t c = lead;
        if (lead >= 0xF0) {
            length = 4;
            c = lead & 0x07U;
        } else if (lead >= 0xE0) {
            length = 3;
            c = lead & 0x0FU;
        } else if (lead >= 0xC0) {
            length = 2;
            c = lead & 0x1FU;
        }
        for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k) {
            c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3FU);
        }
        width += isWide(c) ? 2 : 1;
        i += length;
    }
    return width;
}

XlsxTable::XlsxTable(lxw_worksheet* sheet, Formats formats, std::vector<XlsxColumn> columns,
                     bool autofilter)
    : sheet_(sheet), formats_(formats), columns_(std::move(columns)), autofilter_(autofilter) {
    widths_.reserve(columns_.size());
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const auto& header = columns_[c].header;
        check(worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), header.c_str(),
                                     formats_.header),
              "writing a header");
        // Room for the bold face and the filter's drop-down button.
        widths_.push_back(displayWidth(header) + (autofilter_ ? 4 : 2));
    }
}

bool XlsxTable::full() const {
    return row_ >= kNoteRow;
}

void XlsxTable::fit(std::size_t column, double width) {
    widths_[column] = std::max(widths_[column], width + 1);
}

XlsxTable& XlsxTable::text(std::string_view value) {
    if (column_ >= columns_.size()) {
        throw std::logic_error("XlsxTable: more cells than columns");
    }
    if (!full() && !value.empty()) {
        const auto cell = cellText(value);
        check(worksheet_write_string(sheet_, static_cast<lxw_row_t>(row_),
                                     static_cast<lxw_col_t>(column_), cell.c_str(), formats_.text),
              "writing a cell");
        fit(column_, displayWidth(cell));
    }
    ++column_;
    return *this;
}

XlsxTable& XlsxTable::number(double value) {
    if (column_ >= columns_.size()) {
        throw std::logic_error("XlsxTable: more cells than columns");
    }
    if (!full()) {
        check(worksheet_write_number(sheet_, static_cast<lxw_row_t>(row_),
                                     static_cast<lxw_col_t>(column_), value, nullptr),
              "writing a cell");
        char shown[32];
        const int n = std::snprintf(shown, sizeof shown, "%.10g", value);
        fit(column_, static_cast<double>(std::max(n, 1)));
    }
    ++column_;
    return *this;
}

XlsxTable& XlsxTable::formattedNumber(double value, lxw_format* format, double shownWidth) {
    if (column_ >= columns_.size()) {
        throw std::logic_error("XlsxTable: more cells than columns");
    }
    if (!full()) {
        check(worksheet_write_number(sheet_, static_cast<lxw_row_t>(row_),
                                     static_cast<lxw_col_t>(column_), value, format),
              "writing a cell");
        fit(column_, shownWidth);
    }
    ++column_;
    return *this;
}

XlsxTable& XlsxTable::percent(double share) {
    return formattedNumber(share, formats_.percent, 7);
}

XlsxTable& XlsxTable::dateTime(int year, int month, int day, int hour, int minute, double second) {
    if (column_ >= columns_.size()) {
        throw std::logic_error("XlsxTable: more cells than columns");
    }
    if (!full()) {
        lxw_datetime when{year, month, day, hour, minute, second};
        check(worksheet_write_datetime(sheet_, static_cast<lxw_row_t>(row_),
                                       static_cast<lxw_col_t>(column_), &when, formats_.dateTime),
              "writing a cell");
        fit(column_, 16); // yyyy-mm-dd hh:mm
    }
    ++column_;
    return *this;
}

XlsxTable& XlsxTable::skip() {
    if (column_ >= columns_.size()) {
        throw std::logic_error("XlsxTable: more cells than columns");
    }
    ++column_;
    return *this;
}

void XlsxTable::endRow() {
    column_ = 0;
    if (full()) {
        ++omitted_;
    } else {
        ++row_;
    }
}

void XlsxTable::finish(const std::string& omittedNote) {
    if (finished_) {
        return;
    }
    finished_ = true;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const double width =
            std::clamp(widths_[c], kMinWidth, std::max(columns_[c].maxWidth, kMinWidth));
        check(worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                   width, nullptr),
              "setting a column width");
    }
    worksheet_freeze_panes(sheet_, 1, 0);
    if (autofilter_ && !columns_.empty()) {
        const auto lastRow = static_cast<lxw_row_t>(row_ - 1);
        check(worksheet_autofilter(sheet_, 0, 0, lastRow,
                                   static_cast<lxw_col_t>(columns_.size() - 1)),
              "setting the autofilter");
    }
    if (omitted_ > 0) {
        auto note = omittedNote;
        if (const auto at = note.find("{rows}"); at != std::string::npos) {
            note.replace(at, 6, std::to_string(omitted_));
        }
        check(worksheet_write_string(sheet_, static_cast<lxw_row_t>(kNoteRow), 0, note.c_str(),
                                     formats_.header),
              "writing a note");
    }
}

} // namespace gp::reports
