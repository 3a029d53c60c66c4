// The originals: every photo file stored once under its SHA-256 (photos/ab/abcdef...), written
// to a temporary file and linked into place, read-only, never modified or overwritten.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <string>

namespace gp::store {

struct StoredPhoto {
    std::string sha256;
    std::uintmax_t byteSize = 0;
    bool newlyStored = false; ///< false when the same bytes were already in the store
};

class PhotoStore {
public:
    explicit PhotoStore(std::filesystem::path root);

    /// Copies the file into the store. Throws UserError when it cannot be read.
    StoredPhoto put(const std::filesystem::path& file);
    StoredPhoto put(std::istream& bytes);
    /// Stores bytes whose SHA-256 the caller computed from these same bytes (intake hashes
    /// once, on a worker thread).
    StoredPhoto put(std::string_view bytes, const std::string& sha256);

    bool contains(const std::string& sha256) const;
    /// Removes a stored file that no record refers to (one stored by an import whose
    /// transaction was rolled back). The caller checks that nothing refers to it.
    void removeUnreferenced(const std::string& sha256);
    /// Where the bytes with this hash live (whether or not they are there).
    std::filesystem::path pathOf(const std::string& sha256) const;
    /// Reads the stored file again and compares its hash: false if missing or changed.
    bool verify(const std::string& sha256) const;

    /// Removes temporary files left behind by a process that died while storing; files younger
    /// than minAge may belong to an import still running in another process and are kept.
    std::size_t removeAbandonedTemporaries(std::chrono::seconds minAge);

    struct Usage {
        std::size_t files = 0;
        std::uintmax_t bytes = 0;
    };
    Usage usage() const;

    const std::filesystem::path& root() const { return root_; }

private:
    std::filesystem::path incoming() const { return root_ / ".incoming"; }
    std::filesystem::path root_;
};

} // namespace gp::store
