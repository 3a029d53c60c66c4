// readWorkbook: decides the roster's format from its first bytes (never from its extension)
// and hands it to the reader for that format.
//
//   PK zip  + xl/workbook.xml                          -> xlsx (orcus)
//   PK zip  + mimetype ...opendocument.spreadsheet     -> ods  (orcus)
//   PK zip  without its central directory              -> damaged (cut short)
//   OLE2 (D0 CF 11 E0) + EncryptedPackage stream       -> encrypted xlsx
//   OLE2 otherwise                                     -> xls  (FreeXL)
//   text (UTF-8, UTF-8 with BOM, GB18030)              -> csv/txt, comma or tab separated
//   anything else (PDF, pictures, empty, binary)       -> not supported
#include "core/intake/roster/SheetTable.h"

#include "core/intake/roster/RosterErrors.h"
#include "core/intake/roster/RosterReaders.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <optional>
#include <vector>

namespace gp::intake {
namespace {

using detail::SpreadsheetPackage;

constexpr std::string_view kZipLocalHeader = "PK\x03\x04";
constexpr std::string_view kZipEmptyArchive = "PK\x05\x06";
constexpr std::string_view kOle2Magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::string_view kOdsMimetype = "application/vnd.oasis.opendocument.spreadsheet";

std::string readAll(const std::filesystem::path& file) {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) {
        throw detail::unreadableFile(file, "it is a folder");
    }
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    if (!in) {
        throw detail::unreadableFile(file, std::strerror(errno));
    }
    auto size = static_cast<std::streamoff>(in.tellg());
    if (size < 0) {
        throw detail::unreadableFile(file, "its size is unknown");
    }
    std::string content(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    in.read(content.data(), size);
    if (in.gcount() != size) {
        throw detail::unreadableFile(file, "reading it failed");
    }
    return content;
}

std::uint32_t le16(std::string_view bytes, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 8;
}

std::uint32_t le32(std::string_view bytes, std::size_t at) {
    return le16(bytes, at) | le16(bytes, at + 2) << 16;
}

/// The names in a zip's central directory, or nothing when the end-of-central-directory
/// record is missing or points outside the file (the file was cut short).
std::optional<std::vector<std::string_view>> zipEntryNames(std::string_view zip) {
    constexpr std::size_t kEndRecord = 22;
    if (zip.size() < kEndRecord) {
        return std::nullopt;
    }
    // The end record is the last 22 bytes plus a comment of at most 65535 bytes.
    std::size_t lowest = zip.size() > kEndRecord + 0xFFFF ? zip.size() - kEndRecord - 0xFFFF : 0;
    for (std::size_t at = zip.size() - kEndRecord + 1; at-- > lowest;) {
        if (zip.compare(at, 4, "PK\x05\x06") != 0) {
            continue;
        }
        std::size_t entries = le16(zip, at + 10);
        std::size_t directorySize = le32(zip, at + 12);
        std::size_t directoryOffset = le32(zip, at + 16);
        if (directoryOffset + directorySize > at) {
            continue; // not the real end record, or the directory is missing
        }
        std::vector<std::string_view> names;
        std::size_t p = directoryOffset;
        for (std::size_t i = 0; i < entries; ++i) {
            if (p + 46 > at || zip.compare(p, 4, "PK\x01\x02") != 0) {
                return std::nullopt;
            }
            std::size_t nameLength = le16(zip, p + 28);
            std::size_t extraLength = le16(zip, p + 30);
            std::size_t commentLength = le16(zip, p + 32);
            if (p + 46 + nameLength > at) {
                return std::nullopt;
            }
            names.push_back(zip.substr(p + 46, nameLength));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }
    return std::nullopt;
}

bool contains(const std::vector<std::string_view>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

Workbook readZipPackage(std::string_view content, const std::filesystem::path& file) {
    auto names = zipEntryNames(content);
    if (!names) {
        throw detail::damagedFile(file);
    }
    if (contains(*names, "xl/workbook.xml")) {
        return detail::readOrcusWorkbook(content, SpreadsheetPackage::Xlsx, file);
    }
    // ODF puts an uncompressed "mimetype" entry first; its text is then in plain sight.
    if (contains(*names, "mimetype") && contains(*names, "content.xml") &&
        content.substr(0, 200).find(kOdsMimetype) != std::string_view::npos) {
        return detail::readOrcusWorkbook(content, SpreadsheetPackage::Ods, file);
    }
    if (contains(*names, "xl/workbook.bin")) {
        throw detail::unsupportedFormat(file, "an Excel binary workbook, .xlsb");
    }
    if (contains(*names, "word/document.xml")) {
        throw detail::unsupportedFormat(file, "a Word document");
    }
    throw detail::unsupportedFormat(file, "a zip archive that holds no workbook");
}

} // namespace

const char* supportedRosterFormats() {
    return ".xlsx, .ods, .xls, .csv, .txt";
}

Workbook readWorkbook(const std::filesystem::path& file) {
    std::string content = readAll(file);
    std::string_view bytes = content;
    if (bytes.empty()) {
        throw detail::unsupportedFormat(file, "the file is empty");
    }
    if (bytes.starts_with(kZipLocalHeader) || bytes.starts_with(kZipEmptyArchive)) {
        return readZipPackage(bytes, file);
    }
    if (bytes.starts_with(kOle2Magic)) {
        if (detail::isEncryptedOfficePackage(bytes)) {
            throw detail::encryptedWorkbook(file);
        }
        content.clear(); // FreeXL reads the file itself
        return detail::readXlsWorkbook(file);
    }
    if (bytes.starts_with("%PDF-")) {
        throw detail::unsupportedFormat(file, "a PDF document");
    }
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        throw UserError("The roster " + file.filename().string() +
                            " is UTF-16 (\"Unicode\") text, which is not supported. Supported "
                            "roster formats: " +
                            supportedRosterFormats() + ".",
                        "Open it in Excel or WPS and save it as .xlsx or as \"CSV UTF-8\".");
    }
    return detail::readDelimitedText(bytes, file);
}

} // namespace gp::intake
