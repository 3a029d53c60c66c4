// A file that appears whole or not at all: written to a temporary file in the target's folder,
// flushed to disk, then renamed into place. Abandoned (not committed) files are removed.
#pragma once

#include <filesystem>
#include <istream>
#include <string_view>

namespace gp {

class AtomicFile {
public:
    /// Opens a temporary file beside target. Throws UserError if the folder is not writable.
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(std::string_view bytes);
    /// Copies the whole stream; returns the number of bytes copied.
    std::uintmax_t copyFrom(std::istream& in);

    /// How the file is put in place.
    enum class Mode { Replace, KeepExisting };
    /// Flushes to disk and moves the file to its target. With KeepExisting an existing target
    /// is left untouched and the new bytes are discarded; returns false in that case.
    bool commit(Mode mode = Mode::Replace) { return commitTo(target_, mode); }
    /// The same, to a target chosen after writing (e.g. named by the content's hash); it must
    /// be on the same file system as the first target's folder.
    bool commitTo(const std::filesystem::path& target, Mode mode);

    const std::filesystem::path& target() const { return target_; }
    const std::filesystem::path& temporaryPath() const { return temp_; }

private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    int fd_ = -1;
    bool committed_ = false;
};

/// Writes bytes to path in one atomic step.
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

/// Flushes a folder's entries (a rename inside it) to disk.
void syncDirectory(const std::filesystem::path& dir);

} // namespace gp
