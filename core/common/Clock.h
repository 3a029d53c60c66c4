// Time is passed in, never read from a global, so that tests are repeatable.
#pragma once

#include <chrono>
#include <string>

namespace gp {

class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;

    /// The current time as ISO 8601 in UTC with milliseconds, e.g. 2026-11-21T08:53:59.123Z.
    std::string nowIso() const;
    /// The current time for file names, e.g. 20261121-085359.
    std::string nowStamp() const;
    /// The same in the campaign's local time (UTC+utcOffsetMinutes; Beijing is +480), for
    /// names and dates people read: batch numbers, covers, problem workbooks.
    std::string localStamp(int utcOffsetMinutes) const;
    /// The local date, e.g. 2026-11-21.
    std::string localDate(int utcOffsetMinutes) const;
    /// now() moved by the offset: the local wall-clock time as if it were UTC, for formats that
    /// store a time without a zone (zip entries).
    std::chrono::system_clock::time_point localWallClock(int utcOffsetMinutes) const {
        return now() + std::chrono::minutes(utcOffsetMinutes);
    }
};

class SystemClock final : public Clock {
public:
    std::chrono::system_clock::time_point now() const override {
        return std::chrono::system_clock::now();
    }
};

/// A clock that stands still until told to move; for tests.
class FixedClock final : public Clock {
public:
    explicit FixedClock(std::chrono::system_clock::time_point t) : t_(t) {}
    std::chrono::system_clock::time_point now() const override { return t_; }
    void advance(std::chrono::milliseconds d) { t_ += d; }

private:
    std::chrono::system_clock::time_point t_;
};

std::string formatIso(std::chrono::system_clock::time_point t);

} // namespace gp
