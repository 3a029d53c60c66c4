#include "ZipWriter.h"

#include "core/common/UserError.h"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/MemoryStream.h>
#include <Poco/Path.h>
#include <Poco/Timestamp.h>
#include <Poco/Zip/Compress.h>

#include <string>

namespace gp::reports {

ZipWriter::ZipWriter(const std::filesystem::path& file,
                     std::chrono::system_clock::time_point entryTime)
    : file_(file), out_(file, std::ios::binary | std::ios::trunc), entryTime_(entryTime) {
    if (!out_) {
        throw UserError("Cannot create " + file.string() + ".",
                        "Check that the output folder is writable and has free space.");
    }
    zip_ = std::make_unique<Poco::Zip::Compress>(out_, true);
}

ZipWriter::~ZipWriter() = default;

void ZipWriter::add(const std::string& name, std::string_view bytes) {
    Poco::MemoryInputStream in(bytes.data(), bytes.size());
    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(entryTime_.time_since_epoch());
    zip_->addFile(in, Poco::DateTime(Poco::Timestamp(micros.count())),
                  Poco::Path(name, Poco::Path::PATH_UNIX), Poco::Zip::ZipCommon::CM_STORE);
    ++entries_;
}

std::uintmax_t ZipWriter::close() {
    try {
        zip_->close();
    } catch (const Poco::Exception& e) {
        throw UserError("Cannot write " + file_.string() + ": " + e.displayText() + ".",
                        "Free some disk space and run the report again.");
    }
    out_.flush();
    if (!out_) {
        throw UserError("Cannot write " + file_.string() + ".",
                        "Free some disk space and run the report again.");
    }
    out_.close();
    closed_ = true;
    markAsUnixMade();
    return std::filesystem::file_size(file_);
}

void ZipWriter::markAsUnixMade() {
    // Poco records every entry as made on MS-DOS (host 0). Info-ZIP's unzip, as Debian ships
    // it, then reads the names as OEM code page although bit 11 says UTF-8, and shows 封面.pdf
    // as mojibake. Each central directory record is marked as made on Unix (host 3, version
    // 2.0) with the attributes of a plain rw-r--r-- file, as Info-ZIP's zip writes them.
    std::fstream file(file_, std::ios::in | std::ios::out | std::ios::binary);
    const auto size = std::filesystem::file_size(file_);
    if (!file || size < kEndRecord) {
        return;
    }
    const auto u16 = [](const char* p) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0]) |
                                          static_cast<unsigned char>(p[1]) << 8);
    };
    const auto u32 = [&u16](const char* p) {
        return u16(p) | u16(p + 2) << 16;
    };
    char end[kEndRecord];
    file.seekg(static_cast<std::streamoff>(size - kEndRecord));
    file.read(end, kEndRecord);
    if (!file || std::string_view(end, 4) != std::string_view("PK\x05\x06", 4)) {
        return; // a comment or zip64: leave the file as Poco wrote it
    }
    const auto records = u16(end + 10);
    const auto directorySize = u32(end + 12);
    const auto directoryOffset = u32(end + 16);
    if (std::uintmax_t(directoryOffset) + directorySize + kEndRecord != size) {
        return;
    }
    std::string directory(directorySize, '\0');
    file.seekg(directoryOffset);
    file.read(directory.data(), directorySize);
    std::size_t at = 0;
    for (std::uint32_t i = 0; i < records && at + 46 <= directory.size(); ++i) {
        char* record = directory.data() + at;
        if (std::string_view(record, 4) != std::string_view("PK\x01\x02", 4)) {
            return;
        }
        record[4] = 20; // version 2.0
        record[5] = 3;  // made on Unix
        const std::uint32_t regularFile = 0100644u << 16;
        for (int b = 0; b < 4; ++b) {
            record[38 + b] = static_cast<char>((regularFile >> (8 * b)) & 0xFF);
        }
        at += 46 + u16(record + 28) + u16(record + 30) + u16(record + 32);
    }
    file.seekp(directoryOffset);
    file.write(directory.data(), directorySize);
    file.flush();
    if (!file) {
        throw UserError("Cannot write " + file_.string() + ".",
                        "Free some disk space and run the report again.");
    }
}

std::uintmax_t ZipWriter::entryCost(const std::string& name, std::uintmax_t bytes) {
    // Local header 30 + name, data descriptor up to 24, central record 46 + name, and room
    // for the extra fields Poco may write (timestamps) in both headers.
    return 30 + 24 + 46 + 2 * name.size() + 2 * 36 + bytes;
}

} // namespace gp::reports
