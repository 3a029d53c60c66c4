#include "AtomicFile.h"

#include "UserError.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <string>
#include <system_error>
#include <unistd.h>

namespace gp {
namespace {

std::system_error ioError(const std::string& what) {
    return std::system_error(errno, std::generic_category(), what);
}

/// Moves from to target unless target exists; returns false (and drops from) if it does.
/// link() is atomic and never replaces; file systems without hard links (exFAT, vfat, some
/// network shares) get renameat2(RENAME_NOREPLACE), and failing that an exists-then-rename.
bool placeWithoutReplacing(const std::filesystem::path& from, const std::filesystem::path& target) {
    if (::link(from.c_str(), target.c_str()) == 0) {
        std::filesystem::remove(from);
        return true;
    }
    if (errno == EEXIST) {
        std::filesystem::remove(from);
        return false;
    }
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EMLINK &&
        errno != ENOSYS && errno != EXDEV) {
        throw ioError("storing " + target.string());
    }
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0) {
        return true;
    }
    if (errno == EEXIST) {
        std::filesystem::remove(from);
        return false;
    }
    if (std::filesystem::exists(target)) {
        std::filesystem::remove(from);
        return false;
    }
    if (::rename(from.c_str(), target.c_str()) != 0) {
        throw ioError("storing " + target.string());
    }
    return true;
}

} // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
    const auto dir = target_.has_parent_path() ? target_.parent_path() : ".";
    std::string name(".");
    name.append(target_.filename().string()).append(".tmp-XXXXXX");
    std::string pattern = (dir / name).string();
    fd_ = ::mkstemp(pattern.data());
    if (fd_ < 0) {
        throw UserError("Cannot write in " + dir.string() + ": " + std::strerror(errno) + ".",
                        "Choose a folder you may write to, or free some disk space.");
    }
    temp_ = pattern;
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
    if (!committed_ && !temp_.empty()) {
        std::error_code ignored;
        std::filesystem::remove(temp_, ignored);
    }
}

void AtomicFile::write(std::string_view bytes) {
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const auto n = ::write(fd_, p, left);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw ioError("writing " + temp_.string());
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
}

std::uintmax_t AtomicFile::copyFrom(std::istream& in) {
    std::array<char, 1 << 16> buffer{};
    std::uintmax_t total = 0;
    while (in) {
        in.read(buffer.data(), buffer.size());
        const auto n = in.gcount();
        if (n > 0) {
            write(std::string_view(buffer.data(), static_cast<std::size_t>(n)));
            total += static_cast<std::uintmax_t>(n);
        }
    }
    if (in.bad()) {
        throw ioError("reading the source of " + target_.string());
    }
    return total;
}

bool AtomicFile::commitTo(const std::filesystem::path& target, Mode mode) {
    if (::fsync(fd_) != 0) {
        throw ioError("flushing " + temp_.string());
    }
    ::close(fd_);
    fd_ = -1;
    bool placed = true;
    if (mode == Mode::KeepExisting) {
        placed = placeWithoutReplacing(temp_, target);
    } else if (::rename(temp_.c_str(), target.c_str()) != 0) {
        throw ioError("renaming " + temp_.string() + " to " + target.string());
    }
    committed_ = true;
    syncDirectory(target.has_parent_path() ? target.parent_path() : ".");
    return placed;
}

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    AtomicFile file(path);
    file.write(bytes);
    file.commit();
}

void syncDirectory(const std::filesystem::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace gp
