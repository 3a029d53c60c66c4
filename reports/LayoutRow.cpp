#include "LayoutRow.h"

#include <chrono>
#include <cstdio>

namespace gp::reports {

std::optional<LocalDateTime> localDateTime(const std::string& isoUtc, int offsetMinutes) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    double s = 0;
    if (std::sscanf(isoUtc.c_str(), "%4d-%2d-%2dT%2d:%2d:%lf", &y, &mo, &d, &h, &mi, &s) != 6) {
        return std::nullopt;
    }
    using namespace std::chrono;
    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)},
                              day{static_cast<unsigned>(d)}};
    if (!date.ok() || h > 23 || mi > 59 || s < 0 || s >= 61) {
        return std::nullopt;
    }
    const auto shifted = sys_days{date} + hours{h} + minutes{mi + offsetMinutes};
    const auto dayStart = floor<days>(shifted);
    const year_month_day local{dayStart};
    const hh_mm_ss clock{shifted - dayStart};
    return LocalDateTime{static_cast<int>(local.year()),
                         static_cast<int>(static_cast<unsigned>(local.month())),
                         static_cast<int>(static_cast<unsigned>(local.day())),
                         static_cast<int>(clock.hours().count()),
                         static_cast<int>(clock.minutes().count()),
                         s};
}

LayoutRow::LayoutRow(XlsxTable& table, const SheetLayout& layout)
    : table_(table), layout_(layout), cells_(layout.columns.size()) {}

LayoutRow::Cell* LayoutRow::at(std::string_view key) {
    const auto i = layout_.indexOf(key);
    return i < cells_.size() ? &cells_[i] : nullptr;
}

LayoutRow& LayoutRow::text(std::string_view key, std::string value) {
    if (auto* c = at(key)) {
        c->kind = Cell::Kind::Text;
        c->text = std::move(value);
    }
    return *this;
}

LayoutRow& LayoutRow::number(std::string_view key, double value) {
    if (auto* c = at(key)) {
        c->kind = Cell::Kind::Number;
        c->number = value;
    }
    return *this;
}

LayoutRow& LayoutRow::percent(std::string_view key, double share) {
    if (auto* c = at(key)) {
        c->kind = Cell::Kind::Percent;
        c->number = share;
    }
    return *this;
}

LayoutRow& LayoutRow::time(std::string_view key, const std::string& isoUtc, int offsetMinutes) {
    if (isoUtc.empty()) {
        return *this;
    }
    if (auto* c = at(key)) {
        if (const auto when = localDateTime(isoUtc, offsetMinutes)) {
            c->kind = Cell::Kind::DateTime;
            c->when = *when;
        } else {
            c->kind = Cell::Kind::Text;
            c->text = isoUtc;
        }
    }
    return *this;
}

void LayoutRow::write() {
    for (auto& c : cells_) {
        switch (c.kind) {
        case Cell::Kind::Blank:
            table_.skip();
            break;
        case Cell::Kind::Text:
            table_.text(c.text);
            break;
        case Cell::Kind::Number:
            table_.number(c.number);
            break;
        case Cell::Kind::Percent:
            table_.percent(c.number);
            break;
        case Cell::Kind::DateTime:
            table_.dateTime(c.when.year, c.when.month, c.when.day, c.when.hour, c.when.minute,
                            c.when.second);
            break;
        }
        c = Cell{};
    }
    table_.endRow();
}

} // namespace gp::reports
