// One row of a table whose columns a template chooses: the report sets cells by key, in any
// order, and only the columns the layout shows are written, in the layout's order.
#pragma once

#include "ReportTemplate.h"
#include "XlsxTable.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gp::reports {

/// A moment as a spreadsheet shows it: local calendar date and time of day.
struct LocalDateTime {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0;
    double second = 0;
};

/// An ISO 8601 UTC time as written in the workspace (2026-11-21T08:53:59.123Z, or without the
/// fraction or the Z) moved by offsetMinutes; nullopt when it cannot be read.
std::optional<LocalDateTime> localDateTime(const std::string& isoUtc, int offsetMinutes);

class LayoutRow {
public:
    LayoutRow(XlsxTable& table, const SheetLayout& layout);

    LayoutRow& text(std::string_view key, std::string value);
    LayoutRow& number(std::string_view key, double value);
    LayoutRow& count(std::string_view key, std::size_t value) {
        return number(key, static_cast<double>(value));
    }
    LayoutRow& percent(std::string_view key, double share);
    /// A date-time cell; the text as it is when it cannot be read as a time.
    LayoutRow& time(std::string_view key, const std::string& isoUtc, int offsetMinutes);
    /// Writes the row (unset cells blank) and starts a new one.
    void write();

private:
    struct Cell {
        enum class Kind { Blank, Text, Number, Percent, DateTime } kind = Kind::Blank;
        std::string text;
        double number = 0;
        LocalDateTime when;
    };
    Cell* at(std::string_view key);

    XlsxTable& table_;
    const SheetLayout& layout_;
    std::vector<Cell> cells_;
};

} // namespace gp::reports
