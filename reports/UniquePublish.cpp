#include "UniquePublish.h"

#include "core/common/AtomicFile.h"
#include "core/common/UserError.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

namespace gp::reports {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const fs::path& target, int error) {
    throw UserError("Cannot put the report in place as " + target.string() + ": " +
                        std::strerror(error) + ".",
                    "Check that the folder can be written and the disk has free space.");
}

void syncFile(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail(file, errno);
    }
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0) {
        fail(file, error);
    }
}

bool linkUnsupported(int error) {
    return error == EPERM || error == ENOTSUP || error == EOPNOTSUPP || error == EMLINK ||
           error == ENOSYS || error == EXDEV;
}

/// Moves from to target unless target exists (then returns false and from stays). link() is
/// atomic and never replaces; file systems without hard links (exFAT, vfat, some network
/// shares) get renameat2(RENAME_NOREPLACE), and failing that an exists-then-rename.
bool placeWithoutReplacing(const fs::path& from, const fs::path& target) {
    if (::link(from.c_str(), target.c_str()) == 0) {
        std::error_code ignored;
        fs::remove(from, ignored);
        return true;
    }
    if (errno == EEXIST) {
        return false;
    }
    if (!linkUnsupported(errno)) {
        fail(target, errno);
    }
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0) {
        return true;
    }
    if (errno == EEXIST) {
        return false;
    }
    if (fs::exists(target)) {
        return false;
    }
    if (::rename(from.c_str(), target.c_str()) != 0) {
        fail(target, errno);
    }
    return true;
}

} // namespace

fs::path publishUnique(const fs::path& staged, const fs::path& folder, const std::string& stem,
                       const std::string& extension) {
    syncFile(staged);
    for (int n = 1; n < 10000; ++n) {
        const auto target =
            folder / (stem + (n == 1 ? std::string() : "-" + std::to_string(n)) + extension);
        if (placeWithoutReplacing(staged, target)) {
            syncDirectory(folder);
            return target;
        }
    }
    fail(folder / (stem + extension), EEXIST);
}

} // namespace gp::reports
