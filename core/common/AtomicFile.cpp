#include "AtomicFile.h"

#include "UserError.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <system_error>
#include <unistd.h>

namespace gp {
namespace {

std::system_error ioError(const std::string& what) {
    return std::system_error(errno, std::generic_category(), what);
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
        // link() fails with EEXIST instead of replacing: an existing file is never touched.
        if (::link(temp_.c_str(), target.c_str()) != 0) {
            if (errno != EEXIST) {
                throw ioError("storing " + target.string());
            }
            placed = false;
        }
        std::filesystem::remove(temp_);
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
