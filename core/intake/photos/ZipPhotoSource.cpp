#include "core/intake/photos/ZipPhotoSource.h"

#include "core/common/UserError.h"
#include "core/intake/photos/EntryPath.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <zlib.h>

namespace gp::intake::detail {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kMiB = 1024 * 1024;
// Below this an entry cannot be a bomb whatever its ratio (a small text file compresses well).
constexpr std::uint64_t kRatioFloor = kMiB;

std::uint16_t u16(const std::string& b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                      static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t u32(const std::string& b, std::size_t at) {
    return static_cast<std::uint32_t>(u16(b, at)) | static_cast<std::uint32_t>(u16(b, at + 2))
                                                        << 16;
}
std::uint64_t u64(const std::string& b, std::size_t at) {
    return static_cast<std::uint64_t>(u32(b, at)) | static_cast<std::uint64_t>(u32(b, at + 4))
                                                        << 32;
}

std::string gib(std::uintmax_t bytes) {
    return std::to_string(bytes / (kMiB * 1024)) + "." +
           std::to_string(bytes % (kMiB * 1024) * 10 / (kMiB * 1024)) + " GB";
}

/// Damage confined to one entry's data (its checksum, its compressed stream).
struct EntryDamaged {
    std::string what;
};

[[noreturn]] void damaged(const fs::path& file, const std::string& what) {
    throw UserError("The zip file " + file.filename().string() +
                        " is damaged or incomplete: " + what + ".",
                    "Create the zip file again, or unpack it and import the folder.");
}

[[noreturn]] void bomb(const fs::path& file, const std::string& what) {
    throw UserError("The zip file " + file.filename().string() + " was refused: " + what +
                        ". It looks like a zip bomb (a small archive that unpacks to an "
                        "enormous amount of data); nothing was unpacked.",
                    "Zip the photo files themselves and import that archive.");
}

std::string readAt(std::ifstream& in, const fs::path& file, std::uint64_t offset,
                   std::uint64_t size) {
    if (size > std::numeric_limits<std::streamsize>::max()) {
        damaged(file, "a size is out of range");
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (!in || static_cast<std::uint64_t>(in.gcount()) != size) {
        damaged(file, "the file ends too early");
    }
    return bytes;
}

struct Directory {
    std::uint64_t count = 0;
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
    std::uint64_t end = 0; ///< where the records after the directory start
};

Directory findDirectory(std::ifstream& in, const fs::path& file, std::uint64_t fileSize) {
    if (fileSize < 22) {
        damaged(file, "it is too short to be a zip file");
    }
    const std::uint64_t tailSize = std::min<std::uint64_t>(fileSize, 0xFFFF + 22);
    const std::string tail = readAt(in, file, fileSize - tailSize, tailSize);
    std::optional<std::size_t> at;
    for (std::size_t i = tail.size() - 22 + 1; i-- > 0;) {
        if (tail.compare(i, 4, "PK\x05\x06") == 0 && i + 22 + u16(tail, i + 20) <= tail.size()) {
            at = i;
            break;
        }
    }
    if (!at) {
        damaged(file, "the archive's table of contents is missing");
    }
    const std::uint64_t eocd = fileSize - tailSize + *at;
    if (u16(tail, *at + 4) != 0 || u16(tail, *at + 6) != 0) {
        throw UserError("The zip file " + file.filename().string() +
                            " is split into several parts, which is not supported.",
                        "Create a single zip file.");
    }
    Directory directory{u16(tail, *at + 10), u32(tail, *at + 16), u32(tail, *at + 12), eocd};
    if (directory.count == 0xFFFF || directory.offset == 0xFFFFFFFF ||
        directory.size == 0xFFFFFFFF) { // ZIP64: locator just before the end record
        if (eocd < 20) {
            damaged(file, "the ZIP64 locator is missing");
        }
        const std::string locator = readAt(in, file, eocd - 20, 20);
        if (locator.compare(0, 4, "PK\x06\x07") != 0) {
            damaged(file, "the ZIP64 locator is missing");
        }
        const std::uint64_t recordAt = u64(locator, 8);
        if (recordAt > eocd - 20 || eocd - 20 - recordAt < 56) {
            damaged(file, "the ZIP64 directory record is out of place");
        }
        const std::string record = readAt(in, file, recordAt, 56);
        if (record.compare(0, 4, "PK\x06\x06") != 0) {
            damaged(file, "the ZIP64 directory record is missing");
        }
        directory = {u64(record, 32), u64(record, 48), u64(record, 40), recordAt};
    }
    if (directory.offset > directory.end || directory.size > directory.end - directory.offset) {
        damaged(file, "the table of contents lies outside the file");
    }
    if (directory.count > directory.size / 46) {
        damaged(file, "the table of contents is shorter than its entry count");
    }
    return directory;
}

bool isSymlink(std::uint32_t externalAttributes) {
    return ((externalAttributes >> 16) & 0170000) == 0120000;
}

bool isDirectoryEntry(const std::string& name, std::uint32_t externalAttributes) {
    return (!name.empty() && (name.back() == '/' || name.back() == '\\')) ||
           ((externalAttributes >> 16) & 0170000) == 0040000;
}

struct InflateGuard {
    z_stream* stream;
    ~InflateGuard() { inflateEnd(stream); }
};

} // namespace

ZipPhotoSource::ZipPhotoSource(const fs::path& file, const ZipLimits& limits)
    : file_(file), limits_(limits), in_(file, std::ios::binary) {
    if (!in_) {
        throw UserError("The zip file " + file.string() + " cannot be opened.");
    }
    std::error_code error;
    fileSize_ = fs::file_size(file, error);
    if (error) {
        throw UserError("The zip file " + file.string() + " cannot be read (" + error.message() +
                        ").");
    }
    const Directory directory = findDirectory(in_, file_, fileSize_);
    centralDirectoryOffset_ = directory.offset;
    const std::string cd = readAt(in_, file_, directory.offset, directory.size);

    std::uint64_t declaredAll = 0;      // every file entry: for the overall ratio
    std::uint64_t declaredAccepted = 0; // the entries that will be unpacked
    std::size_t pos = 0;
    for (std::uint64_t k = 0; k < directory.count; ++k) {
        if (pos + 46 > cd.size() || cd.compare(pos, 4, "PK\x01\x02") != 0) {
            damaged(file_, "an entry of the table of contents is malformed");
        }
        const std::uint16_t flags = u16(cd, pos + 8);
        Entry entry;
        entry.method = u16(cd, pos + 10);
        entry.crc = u32(cd, pos + 16);
        entry.compressedSize = u32(cd, pos + 20);
        entry.size = u32(cd, pos + 24);
        const std::size_t nameLength = u16(cd, pos + 28);
        const std::size_t extraLength = u16(cd, pos + 30);
        const std::size_t commentLength = u16(cd, pos + 32);
        const std::uint32_t external = u32(cd, pos + 38);
        entry.localHeaderOffset = u32(cd, pos + 42);
        if (pos + 46 + nameLength + extraLength + commentLength > cd.size()) {
            damaged(file_, "an entry of the table of contents is malformed");
        }
        const std::string rawName = cd.substr(pos + 46, nameLength);
        const std::string extra = cd.substr(pos + 46 + nameLength, extraLength);
        pos += 46 + nameLength + extraLength + commentLength;

        std::optional<std::string> unicodeName;
        for (std::size_t e = 0; e + 4 <= extra.size();) {
            const std::uint16_t id = u16(extra, e);
            const std::size_t length = u16(extra, e + 2);
            if (e + 4 + length > extra.size()) {
                break;
            }
            if (id == 0x0001) { // ZIP64 sizes, present only for the fields set to 0xFFFFFFFF
                std::size_t q = e + 4;
                const std::size_t end = e + 4 + length;
                for (std::uint64_t* field :
                     {&entry.size, &entry.compressedSize, &entry.localHeaderOffset}) {
                    if (*field == 0xFFFFFFFF) {
                        if (q + 8 > end) {
                            damaged(file_, "a ZIP64 size is missing");
                        }
                        *field = u64(extra, q);
                        q += 8;
                    }
                }
            } else if (id == 0x7075 && length >= 5 && extra[e + 4] == 1) { // Info-ZIP UTF-8 name
                const auto nameCrc = static_cast<std::uint32_t>(
                    crc32(0, reinterpret_cast<const Bytef*>(rawName.data()),
                          static_cast<uInt>(rawName.size())));
                std::string name = extra.substr(e + 9, length - 5);
                if (u32(extra, e + 5) == nameCrc && isValidUtf8(name)) {
                    unicodeName = std::move(name);
                }
            }
            e += 4 + length;
        }

        // Bit 11 says UTF-8; without it Chinese Windows writes GBK. nameToUtf8 keeps valid UTF-8
        // and converts anything else from GB18030.
        const std::string name = unicodeName ? *unicodeName : nameToUtf8(rawName);
        if (isDirectoryEntry(name, external)) {
            continue;
        }
        declaredAll += entry.size;
        // Every file entry counts for the bomb checks, refused or not.
        if (entry.size > kRatioFloor &&
            (entry.compressedSize == 0 ||
             static_cast<double>(entry.size) / static_cast<double>(entry.compressedSize) >
                 limits_.maxRatio)) {
            bomb(file_, "an entry would unpack from " + std::to_string(entry.compressedSize) +
                            " bytes to " + std::to_string(entry.size) + " bytes");
        }
        entry.path = name;
        if (auto reason = unsafePathReason(name)) {
            entry.refusedCode = "unsafe_path";
            entry.refusedProblem = "The entry was not read: " + *reason + ".";
            entries_.push_back(std::move(entry));
            continue;
        }
        entry.path = normalisedPath(name);
        if (entry.path.empty()) {
            continue;
        }
        if (isSkipped(entry.path)) {
            continue;
        }
        if (isSymlink(external)) {
            entry.refusedCode = "link";
            entry.refusedProblem = "The entry is a symbolic link; it was not followed.";
        } else if ((flags & 0x0001) != 0) {
            entry.refusedCode = "unreadable";
            entry.refusedProblem = "The entry is encrypted.";
        } else if (entry.method != 0 && entry.method != 8) {
            entry.refusedCode = "unreadable";
            entry.refusedProblem = "The entry uses compression method " +
                                   std::to_string(entry.method) +
                                   ", which is not supported (use ordinary Deflate).";
        } else if (entry.size > limits_.maxEntryBytes) {
            entry.refusedCode = "too_large_bytes";
            entry.refusedProblem = "The entry unpacks to " + std::to_string(entry.size / kMiB) +
                                   " MB, more than the " +
                                   std::to_string(limits_.maxEntryBytes / kMiB) +
                                   " MB allowed for one photo; it was not unpacked.";
        } else {
            declaredAccepted += entry.size;
        }
        entries_.push_back(std::move(entry));
    }
    if (declaredAccepted > limits_.maxTotalBytes) {
        bomb(file_, "its photos would unpack to " + gib(declaredAccepted) + ", more than " +
                        gib(limits_.maxTotalBytes));
    }
    if (declaredAll > kRatioFloor && fileSize_ > 0 &&
        static_cast<double>(declaredAll) / static_cast<double>(fileSize_) > limits_.maxRatio) {
        bomb(file_, "it would unpack from " + std::to_string(fileSize_) + " bytes to " +
                        std::to_string(declaredAll) + " bytes");
    }

    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry& a, const Entry& b) { return a.path < b.path; });
    for (std::size_t i = 1; i < entries_.size(); ++i) {
        if (entries_[i].path == entries_[i - 1].path && entries_[i].refusedCode.empty()) {
            entries_[i].refusedCode = "duplicate_entry";
            entries_[i].refusedProblem = "The archive holds this name twice; only the first was "
                                         "read.";
        }
    }
}

void ZipPhotoSource::forEach(const std::function<void(PhotoEntry&&)>& accept,
                             const std::function<void(RefusedEntry&&)>& refuse) {
    std::uint64_t totalRead = 0;
    for (const Entry& entry : entries_) {
        if (!entry.refusedCode.empty()) {
            refuse(RefusedEntry{entry.path, entry.refusedCode, entry.refusedProblem});
            continue;
        }
        std::string bytes;
        try {
            bytes = read(entry, totalRead);
        } catch (const EntryDamaged& e) {
            // One damaged photo is that photo's problem; the rest of the archive goes on.
            refuse(
                RefusedEntry{entry.path, "corrupt", "The zip entry is damaged: " + e.what + "."});
            continue;
        }
        accept(PhotoEntry{entry.path, std::move(bytes)});
    }
}

std::string ZipPhotoSource::read(const Entry& entry, std::uint64_t& totalRead) {
    const std::string local = readAt(in_, file_, entry.localHeaderOffset, 30);
    if (local.compare(0, 4, "PK\x03\x04") != 0) {
        throw EntryDamaged{"an entry's header is missing"};
    }
    const std::uint64_t dataStart = entry.localHeaderOffset + 30 + u16(local, 26) + u16(local, 28);
    if (dataStart > centralDirectoryOffset_ ||
        entry.compressedSize > centralDirectoryOffset_ - dataStart) {
        throw EntryDamaged{"an entry's data lies outside the archive"};
    }
    std::string out;
    if (entry.method == 0) {
        if (entry.compressedSize != entry.size) {
            throw EntryDamaged{"a stored entry's sizes disagree"};
        }
        out = readAt(in_, file_, dataStart, entry.size);
    } else {
        // Inflate into a buffer one byte larger than the declared size: filling it means the
        // header lied, and inflating stops there.
        out.resize(static_cast<std::size_t>(entry.size) + 1);
        z_stream stream{};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
            throw std::runtime_error("zlib inflateInit2 failed");
        }
        const InflateGuard guard{&stream};
        std::array<char, 64 * 1024> chunk{};
        std::uint64_t remaining = entry.compressedSize;
        in_.clear();
        in_.seekg(static_cast<std::streamoff>(dataStart));
        for (int rc = Z_OK; rc != Z_STREAM_END;) {
            if (stream.avail_in == 0) {
                if (remaining == 0) {
                    throw EntryDamaged{"an entry's compressed data ends too early"};
                }
                const auto want =
                    static_cast<std::streamsize>(std::min<std::uint64_t>(chunk.size(), remaining));
                in_.read(chunk.data(), want);
                if (in_.gcount() != want) {
                    throw EntryDamaged{"the file ends too early"};
                }
                remaining -= static_cast<std::uint64_t>(want);
                stream.next_in = reinterpret_cast<Bytef*>(chunk.data());
                stream.avail_in = static_cast<uInt>(want);
            }
            const std::uint64_t produced = stream.total_out;
            if (produced > entry.size) {
                bomb(file_, "an entry unpacks to more than its header declares");
            }
            if (totalRead + produced > limits_.maxTotalBytes) {
                bomb(file_, "its photos unpack to more than " + gib(limits_.maxTotalBytes));
            }
            stream.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
            stream.avail_out = static_cast<uInt>(
                std::min<std::uint64_t>(out.size() - produced, std::numeric_limits<uInt>::max()));
            rc = inflate(&stream, Z_NO_FLUSH);
            if (rc == Z_NEED_DICT || rc == Z_DATA_ERROR || rc == Z_MEM_ERROR) {
                throw EntryDamaged{"an entry's compressed data is invalid"};
            }
        }
        if (stream.total_out > entry.size) {
            bomb(file_, "an entry unpacks to more than its header declares");
        }
        if (stream.total_out != entry.size) {
            throw EntryDamaged{"an entry unpacks to fewer bytes than its header declares"};
        }
        out.resize(static_cast<std::size_t>(entry.size));
    }
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(out.data()), static_cast<uInt>(out.size())));
    if (crc != entry.crc) {
        throw EntryDamaged{"an entry's checksum does not match (" + entry.path + ")"};
    }
    totalRead += out.size();
    return out;
}

} // namespace gp::intake::detail
