// Decoded photos by content hash, a few dozen at most: the review screen asks for the next and
// previous students' photos ahead of time, so moving on shows them at once.
#pragma once

#include "PhotoPairView.h"

#include <filesystem>
#include <list>
#include <string>
#include <unordered_map>

namespace gp::gui {

class PhotoCache {
public:
    explicit PhotoCache(std::size_t capacity = 24) : capacity_(capacity) {}
    /// The photo stored at path, upright (EXIF orientation applied); its error if unreadable.
    ShownPhoto get(const std::string& sha256, const std::filesystem::path& path,
                   int exifOrientation);
    bool has(const std::string& sha256) const { return entries_.count(sha256) > 0; }
    void clear();

private:
    std::size_t capacity_;
    std::list<std::string> order_; ///< most recent first
    std::unordered_map<std::string, ShownPhoto> entries_;
};

} // namespace gp::gui
