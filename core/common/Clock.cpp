#include "Clock.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

namespace gp {
namespace {

Poco::Timestamp toPoco(std::chrono::system_clock::time_point t) {
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch());
    return Poco::Timestamp(static_cast<Poco::Timestamp::TimeVal>(us.count()));
}

} // namespace

std::string formatIso(std::chrono::system_clock::time_point t) {
    return Poco::DateTimeFormatter::format(toPoco(t), "%Y-%m-%dT%H:%M:%S.%iZ");
}

std::string Clock::nowIso() const {
    return formatIso(now());
}

std::string Clock::nowStamp() const {
    return Poco::DateTimeFormatter::format(toPoco(now()), "%Y%m%d-%H%M%S");
}

std::string Clock::localStamp(int utcOffsetMinutes) const {
    return Poco::DateTimeFormatter::format(toPoco(now() + std::chrono::minutes(utcOffsetMinutes)),
                                           "%Y%m%d-%H%M%S");
}

std::string Clock::localDate(int utcOffsetMinutes) const {
    return Poco::DateTimeFormatter::format(toPoco(now() + std::chrono::minutes(utcOffsetMinutes)),
                                           "%Y-%m-%d");
}

} // namespace gp
