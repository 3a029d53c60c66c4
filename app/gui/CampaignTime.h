// Times as the campaign's people read them. The workspace stores UTC (ISO 8601); the console
// shows the campaign's local time (Beijing: utcOffsetMinutes in templates/reports/common.json),
// the same clock the reports and package names use, whatever the machine's time zone.
#pragma once

#include <wx/string.h>

#include <filesystem>
#include <string>

namespace gp::gui {

enum class TimeStyle {
    DateTime,    ///< 2026-11-22 01:24
    Date,        ///< 2026-11-22
    MonthDay,    ///< 11-22 (the year is the campaign's)
    MonthDayTime ///< 11-22 01:24
};

/// The campaign's offset from UTC in minutes, from templates/reports/common.json; Beijing's
/// (+480) when the file cannot be read.
int campaignUtcOffset(const std::filesystem::path& templates);

/// A stored UTC time in the campaign's local time; the stored text when it cannot be read.
wxString campaignTime(const std::string& isoUtc, int utcOffsetMinutes, TimeStyle style);

} // namespace gp::gui
