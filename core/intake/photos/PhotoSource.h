// Where submitted photos come from: a folder (walked recursively) or a .zip file. Entries are
// read into memory one at a time and never extracted to disk, so nothing can be written
// outside the workspace whatever the archive holds.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace gp::intake {

struct PhotoEntry {
    std::string path;  ///< relative to the folder or archive root, '/'-separated, UTF-8
    std::string bytes; ///< the file's content
};

/// An entry that was refused without reading it, with the reason.
struct RefusedEntry {
    std::string path;
    std::string problemCode; ///< unsafe_path, link, too_large_bytes, unreadable
    std::string problem;
};

struct ZipLimits {
    std::uintmax_t maxEntryBytes = 30ull * 1024 * 1024;        ///< one photo
    std::uintmax_t maxTotalBytes = 20ull * 1024 * 1024 * 1024; ///< all entries, uncompressed
    double maxRatio = 200.0; ///< uncompressed / compressed, per entry and overall
};

class PhotoSource {
public:
    virtual ~PhotoSource() = default;
    /// Calls accept for each regular file (skipping hidden files, __MACOSX/, Thumbs.db,
    /// .DS_Store) and refuse for each entry refused; in a stable order (by path).
    /// Throws UserError when the source as a whole is unusable (a zip bomb, a corrupt archive,
    /// a missing folder).
    virtual void forEach(const std::function<void(PhotoEntry&&)>& accept,
                         const std::function<void(RefusedEntry&&)>& refuse) = 0;
    /// Number of entries forEach will offer (accepted + refused), for progress.
    virtual std::size_t size() = 0;
};

/// A folder or a .zip (by content); throws UserError if it is neither.
std::unique_ptr<PhotoSource> openPhotoSource(const std::filesystem::path& path,
                                             const ZipLimits& limits = {});

} // namespace gp::intake
