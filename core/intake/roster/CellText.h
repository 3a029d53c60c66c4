// Small shared pieces of the roster readers: how a number, a date and a boolean become the
// text of a SheetCell, and how a finished sheet is tidied.
#pragma once

#include "core/intake/roster/SheetTable.h"

#include <optional>
#include <string>
#include <string_view>

namespace gp::intake::detail {

/// The shortest decimal that reads back as exactly `value`: whole numbers below 10^15 in full
/// (2021001, 13912345678), larger ones in scientific notation (6.10102199003071e+17, never
/// an 18-digit integer that would pass for an ID number), fractions as 0.5 or 1e-07.
std::string shortestDecimal(double value);

/// Sets `cell` to a Number cell holding `value`.
void setNumber(SheetCell& cell, double value);

/// Sets `cell` to a Boolean cell ("TRUE"/"FALSE", number 1/0).
void setBoolean(SheetCell& cell, bool value);

/// The spreadsheet's day 0: 1899-12-30 for the 1900 system (Excel, LibreOffice), 1904-01-01
/// for the 1904 system (old Mac Excel).
struct DateOrigin {
    int year = 1899;
    int month = 12;
    int day = 30;
};

/// The ISO text of a serial date: "yyyy-mm-dd" when it has no time of day, else
/// "yyyy-mm-ddThh:mm:ss". Empty when the serial is no plausible date (negative, NaN, past 9999).
std::string isoFromSerial(double serial, DateOrigin origin);

/// The serial of a calendar date and time of day under `origin`.
double serialFromDate(int year, int month, int day, int hour, int minute, double second,
                      DateOrigin origin);

/// The ISO text of a calendar date and time ("yyyy-mm-dd" when the time is midnight).
std::string isoFromDate(int year, int month, int day, int hour, int minute, double second);

/// Whether a spreadsheet number format code shows a date ("yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\"",
/// "[$-804]yyyy年m月d日", "m/d/yy h:mm"). Time-only formats ("h:mm", "[h]:mm:ss") are not dates.
bool isDateFormatCode(std::string_view code);

/// Whether an xlsx built-in number format id (one that styles.xml does not spell out) is a date
/// format: 14–17, 22 and the East Asian date formats 27–36 and 50–58.
bool isBuiltInDateFormat(std::size_t id);

/// Drops the sheet's trailing rows that hold no value, and each row's trailing empty cells.
void trimSheet(SheetTable& sheet);

} // namespace gp::intake::detail
