// Photos in a .zip file, read entry by entry into memory and never extracted. The central
// directory is checked as a whole before any entry is inflated: unsafe names, links and
// oversized entries are refused one by one; a zip bomb or a damaged archive is refused
// whole. Internal to core/intake/photos; callers use openPhotoSource().
#pragma once

#include "core/intake/photos/PhotoSource.h"

#include <fstream>

namespace gp::intake::detail {

class ZipPhotoSource final : public PhotoSource {
public:
    /// Reads and checks the central directory; throws UserError for a damaged archive or a
    /// zip bomb.
    ZipPhotoSource(const std::filesystem::path& file, const ZipLimits& limits);

    void forEach(const std::function<void(PhotoEntry&&)>& accept,
                 const std::function<void(RefusedEntry&&)>& refuse) override;
    std::size_t size() override { return entries_.size(); }

    struct Entry {
        std::string path;         ///< UTF-8, '/'-separated
        std::uint16_t method = 0; ///< 0 stored, 8 deflated
        std::uint32_t crc = 0;
        std::uint64_t compressedSize = 0;
        std::uint64_t size = 0; ///< declared uncompressed size
        std::uint64_t localHeaderOffset = 0;
        std::string refusedCode; ///< empty when the entry is to be read
        std::string refusedProblem;
    };

private:
    std::string read(const Entry& entry, std::uint64_t& totalRead);

    std::filesystem::path file_;
    ZipLimits limits_;
    std::ifstream in_;
    std::uint64_t fileSize_ = 0;
    std::uint64_t centralDirectoryOffset_ = 0;
    std::vector<Entry> entries_;
};

} // namespace gp::intake::detail
