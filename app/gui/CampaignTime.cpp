#include "CampaignTime.h"

#include "Text.h"
#include "reports/LayoutRow.h"
#include "reports/packages/TemplateFile.h"

#include <cstdio>
#include <exception>

namespace gp::gui {

int campaignUtcOffset(const std::filesystem::path& templates) {
    constexpr int kBeijing = 480;
    try {
        return static_cast<int>(reports::TemplateFile::load(templates / "reports" / "common.json")
                                    .number("utcOffsetMinutes"));
    } catch (const std::exception&) {
        return kBeijing;
    }
}

wxString campaignTime(const std::string& isoUtc, int utcOffsetMinutes, TimeStyle style) {
    const auto t = reports::localDateTime(isoUtc, utcOffsetMinutes);
    if (!t) {
        return wx(isoUtc);
    }
    char text[32];
    switch (style) {
    case TimeStyle::DateTime:
        std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", t->year, t->month, t->day,
                      t->hour, t->minute);
        break;
    case TimeStyle::Date:
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", t->year, t->month, t->day);
        break;
    case TimeStyle::MonthDay:
        std::snprintf(text, sizeof text, "%02d-%02d", t->month, t->day);
        break;
    case TimeStyle::MonthDayTime:
        std::snprintf(text, sizeof text, "%02d-%02d %02d:%02d", t->month, t->day, t->hour,
                      t->minute);
        break;
    }
    return wxString::FromUTF8(text);
}

} // namespace gp::gui
