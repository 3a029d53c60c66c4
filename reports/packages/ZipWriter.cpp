#include "ZipWriter.h"

#include "core/common/UserError.h"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/MemoryStream.h>
#include <Poco/Path.h>
#include <Poco/Timestamp.h>
#include <Poco/Zip/Compress.h>

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
    return std::filesystem::file_size(file_);
}

std::uintmax_t ZipWriter::entryCost(const std::string& name, std::uintmax_t bytes) {
    // Local header 30 + name, data descriptor up to 24, central record 46 + name, and room
    // for the extra fields Poco may write (timestamps) in both headers.
    return 30 + 24 + 46 + 2 * name.size() + 2 * 36 + bytes;
}

} // namespace gp::reports
