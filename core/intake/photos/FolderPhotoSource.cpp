#include "core/intake/photos/FolderPhotoSource.h"

#include "core/common/UserError.h"
#include "core/intake/photos/EntryPath.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace gp::intake::detail {

namespace fs = std::filesystem;

namespace {

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

} // namespace

FolderPhotoSource::FolderPhotoSource(const fs::path& root, const ZipLimits& limits)
    : root_(root), limits_(limits) {
    std::error_code error;
    fs::directory_iterator probe(root_, error);
    if (error) {
        throw UserError("The folder " + root_.string() + " cannot be read (" + error.message() +
                        ").");
    }
    walk(root_, "");
    std::sort(items_.begin(), items_.end(),
              [](const Item& a, const Item& b) { return a.path < b.path; });
}

void FolderPhotoSource::walk(const fs::path& folder, const std::string& prefix) {
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) {
        items_.push_back(
            {prefix, folder, "unreadable", "The folder cannot be read (" + error.message() + ")."});
        return;
    }
    for (; it != fs::directory_iterator(); it.increment(error)) {
        const fs::directory_entry& entry = *it;
        const std::string name = nameToUtf8(entry.path().filename().native());
        const std::string path = prefix.empty() ? name : prefix + "/" + name;
        if (isSkipped(name)) {
            continue;
        }
        std::error_code statusError;
        const fs::file_status status = entry.symlink_status(statusError);
        if (statusError) {
            items_.push_back({path, entry.path(), "unreadable",
                              "The file cannot be read (" + statusError.message() + ")."});
        } else if (fs::is_symlink(status)) {
            items_.push_back({path, entry.path(), "link",
                              "Symbolic links are not followed; copy the photo itself into "
                              "the folder."});
        } else if (fs::is_directory(status)) {
            walk(entry.path(), path);
        } else if (fs::is_regular_file(status)) {
            items_.push_back({path, entry.path(), "", ""});
        } else {
            items_.push_back({path, entry.path(), "unreadable", "This is not a regular file."});
        }
    }
    if (error) {
        items_.push_back({prefix, folder, "unreadable",
                          "The folder could not be read to the end (" + error.message() + ")."});
    }
}

void FolderPhotoSource::forEach(const std::function<void(PhotoEntry&&)>& accept,
                                const std::function<void(RefusedEntry&&)>& refuse) {
    for (const Item& item : items_) {
        if (!item.refusedCode.empty()) {
            refuse(RefusedEntry{item.path, item.refusedCode, item.refusedProblem});
            continue;
        }
        // O_NOFOLLOW and fstat: the file may have been swapped for a link or a pipe since the
        // folder was listed.
        const FileDescriptor fd(
            ::open(item.file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
        if (fd.get() < 0) {
            const int openError = errno;
            if (openError == ELOOP) {
                refuse(RefusedEntry{item.path, "link", "Symbolic links are not followed."});
            } else {
                refuse(RefusedEntry{item.path, "unreadable",
                                    "The file cannot be opened (" +
                                        std::generic_category().message(openError) + ")."});
            }
            continue;
        }
        struct stat info {};
        if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
            refuse(RefusedEntry{item.path, "unreadable", "This is not a regular file."});
            continue;
        }
        const auto size = static_cast<std::uintmax_t>(info.st_size);
        if (size > limits_.maxEntryBytes) {
            refuse(RefusedEntry{item.path, "too_large_bytes",
                                "The file is larger than " +
                                    std::to_string(limits_.maxEntryBytes / (1024 * 1024)) +
                                    " MB; it was not read."});
            continue;
        }
        std::string bytes;
        bytes.resize(static_cast<std::size_t>(size));
        std::size_t done = 0;
        bool failed = false;
        while (done < bytes.size()) {
            const ssize_t n = ::read(fd.get(), bytes.data() + done, bytes.size() - done);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                failed = n < 0;
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        if (failed) {
            refuse(RefusedEntry{item.path, "unreadable", "The file could not be read."});
            continue;
        }
        bytes.resize(done); // the file shrank while being read
        accept(PhotoEntry{item.path, std::move(bytes)});
    }
}

} // namespace gp::intake::detail
