// The upload package's zips: files go into part 1 until the next one would pass the limit of
// files or of bytes per part, then into part 2, and so on. A single file larger than the byte
// limit gets a part of its own (and is named in the result).
#pragma once

#include "ZipWriter.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace gp::reports {

struct ZipPart {
    std::string name; ///< file name of the part
    std::filesystem::path path;
    std::size_t files = 0;
    std::uintmax_t bytes = 0; ///< size of the finished zip
};

class ZipParts {
public:
    /// pathOfPart(n) is where part n (1-based) is written and under what name it is
    /// published.
    ZipParts(std::function<std::pair<std::string, std::filesystem::path>(int)> pathOfPart,
             std::size_t maxFiles, std::uintmax_t maxBytes,
             std::chrono::system_clock::time_point entryTime);
    ~ZipParts();

    /// Adds an entry; returns the number of the part it went into.
    int add(const std::string& name, std::string_view bytes);
    /// Closes the last part; returns every part.
    std::vector<ZipPart> finish();

private:
    void openNext();
    void closeCurrent();

    std::function<std::pair<std::string, std::filesystem::path>(int)> pathOfPart_;
    std::size_t maxFiles_;
    std::uintmax_t maxBytes_;
    std::chrono::system_clock::time_point entryTime_; ///< see ZipWriter
    std::unique_ptr<ZipWriter> current_;
    std::uintmax_t currentCost_ = 0;
    std::vector<ZipPart> parts_;
};

} // namespace gp::reports
