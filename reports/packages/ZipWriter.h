// A zip file written entry by entry with Poco::Zip. Entries are stored (JPEG, PDF and xlsx are
// compressed already), so a part's size is known before it is written.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

namespace Poco::Zip {
class Compress;
}

namespace gp::reports {

class ZipWriter {
public:
    /// Creates the file. Throws UserError when it cannot. A zip entry's time has no time zone
    /// (MS-DOS date and time): entries carry entryTime as wall-clock time, so pass the
    /// campaign's local time, e.g. Clock::now() + the UTC offset.
    ZipWriter(const std::filesystem::path& file, std::chrono::system_clock::time_point entryTime);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    /// Adds an entry named name ('/'-separated, UTF-8) holding bytes.
    void add(const std::string& name, std::string_view bytes);
    /// Writes the central directory and closes the file; returns its size in bytes. Throws
    /// UserError when the disk is full.
    std::uintmax_t close();

    std::size_t entries() const { return entries_; }

    /// An upper bound of what one stored entry adds to the zip: local header, central
    /// directory record and the bytes (no zip64 below 4 GB).
    static std::uintmax_t entryCost(const std::string& name, std::uintmax_t bytes);
    /// The end-of-central-directory record.
    static constexpr std::uintmax_t kEndRecord = 22;

private:
    void markAsUnixMade();

    std::filesystem::path file_;
    std::ofstream out_;
    std::unique_ptr<Poco::Zip::Compress> zip_;
    std::chrono::system_clock::time_point entryTime_;
    std::size_t entries_ = 0;
    bool closed_ = false;
};

} // namespace gp::reports
