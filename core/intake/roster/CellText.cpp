#include "core/intake/roster/CellText.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace gp::intake::detail {

namespace {

/// Writes the shortest decimal that reads back as exactly `value` into `buffer`; returns its
/// length. Whole numbers below 10^15 (the digits Excel keeps) are written out in full
/// (2021001, 13912345678); larger ones in scientific notation with only the digits the double
/// holds (6.10102199003071e+17), never as an 18-digit integer that only looks like an ID number.
std::size_t writeShortest(double value, std::array<char, 32>& buffer) {
    char* first = buffer.data();
    char* last = buffer.data() + buffer.size();
    std::to_chars_result result{};
    double magnitude = std::fabs(value);
    if (magnitude >= 1e15 && std::isfinite(value)) {
        result = std::to_chars(first, last, value, std::chars_format::scientific);
    } else if (magnitude < 1e15 && value == std::trunc(value)) {
        result = std::to_chars(first, last, value, std::chars_format::fixed);
    } else {
        result = std::to_chars(first, last, value);
    }
    return result.ec == std::errc() ? static_cast<std::size_t>(result.ptr - first) : 0;
}

} // namespace

std::string shortestDecimal(double value) {
    std::array<char, 32> buffer{};
    return std::string(buffer.data(), writeShortest(value, buffer));
}

void setNumber(SheetCell& cell, double value) {
    cell.kind = SheetCell::Kind::Number;
    cell.number = value;
    std::array<char, 32> buffer{};
    cell.text.assign(buffer.data(), writeShortest(value, buffer));
}

void setBoolean(SheetCell& cell, bool value) {
    cell.kind = SheetCell::Kind::Boolean;
    cell.number = value ? 1 : 0;
    cell.text = value ? "TRUE" : "FALSE";
}

namespace {

std::chrono::sys_days originDays(DateOrigin origin) {
    return std::chrono::sys_days{std::chrono::year{origin.year} /
                                 static_cast<unsigned>(origin.month) /
                                 static_cast<unsigned>(origin.day)};
}

std::string formatIso(const std::chrono::year_month_day& date, long secondsOfDay) {
    char text[32];
    int length = 0;
    if (secondsOfDay == 0) {
        length = std::snprintf(text, sizeof text, "%04d-%02u-%02u", int{date.year()},
                               unsigned{date.month()}, unsigned{date.day()});
    } else {
        length = std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02ld",
                               int{date.year()}, unsigned{date.month()}, unsigned{date.day()},
                               secondsOfDay / 3600, secondsOfDay / 60 % 60, secondsOfDay % 60);
    }
    return std::string(text, static_cast<std::size_t>(std::max(length, 0)));
}

} // namespace

std::string isoFromSerial(double serial, DateOrigin origin) {
    // 2958465 is 9999-12-31 in the 1900 system, the last day a spreadsheet can show.
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) {
        return {};
    }
    double whole = std::floor(serial);
    auto secondsOfDay = std::lround((serial - whole) * 86400.0);
    if (secondsOfDay >= 86400) {
        whole += 1;
        secondsOfDay -= 86400;
    }
    auto days = static_cast<int>(whole);
    // Excel's 1900 system counts a 29 February 1900 that never was (serial 60): before it,
    // serials are one day ahead of the calendar.
    if (origin.year == 1899 && days < 61) {
        if (days == 60) {
            return {};
        }
        days += 1;
    }
    std::chrono::year_month_day date{originDays(origin) + std::chrono::days{days}};
    if (!date.ok()) {
        return {};
    }
    return formatIso(date, secondsOfDay);
}

double serialFromDate(int year, int month, int day, int hour, int minute, double second,
                      DateOrigin origin) {
    std::chrono::sys_days date{std::chrono::year{year} / static_cast<unsigned>(month) /
                               static_cast<unsigned>(day)};
    auto days = static_cast<double>((date - originDays(origin)).count());
    if (origin.year == 1899 && days < 61) {
        days -= 1;
    }
    return days + (hour * 3600.0 + minute * 60.0 + second) / 86400.0;
}

std::string isoFromDate(int year, int month, int day, int hour, int minute, double second) {
    std::chrono::year_month_day date{std::chrono::year{year},
                                     std::chrono::month{static_cast<unsigned>(month)},
                                     std::chrono::day{static_cast<unsigned>(day)}};
    long seconds = hour * 3600L + minute * 60L + std::lround(second);
    return formatIso(date, std::clamp(seconds, 0L, 86399L));
}

bool isDateFormatCode(std::string_view code) {
    // Only the first section (positive numbers) decides; literal text ("..." or \x) and
    // bracketed parts ([Red], [$-804], [DBNum1], [h]) do not count. A date shows a year or a
    // day; a format with only hours, minutes and seconds is a duration or a time of day.
    bool inQuotes = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        char c = code[i];
        if (inQuotes) {
            inQuotes = c != '"';
            continue;
        }
        switch (c) {
        case '"':
            inQuotes = true;
            break;
        case '\\':
        case '_':
        case '*':
            ++i; // the next character is literal (or padding)
            break;
        case '[': {
            auto close = code.find(']', i);
            if (close == std::string_view::npos) {
                return false;
            }
            i = close;
            break;
        }
        case ';':
            return false;
        case 'y':
        case 'Y':
        case 'd':
        case 'D':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool isBuiltInDateFormat(std::size_t id) {
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 ||
           (id >= 50 && id <= 54) || id == 57 || id == 58;
}

void trimSheet(SheetTable& sheet) {
    for (auto& row : sheet.rows) {
        while (!row.empty() && row.back().kind == SheetCell::Kind::Empty) {
            row.pop_back();
        }
    }
    while (!sheet.rows.empty() && sheet.rows.back().empty()) {
        sheet.rows.pop_back();
    }
}

} // namespace gp::intake::detail
