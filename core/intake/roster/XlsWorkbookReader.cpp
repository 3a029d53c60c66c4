// Legacy .xls (Excel 97–2003, BIFF in an OLE2 compound file) through FreeXL, which already
// tells dates from numbers by their cell formats and gives text as UTF-8.
#include "core/intake/roster/CellText.h"
#include "core/intake/roster/RosterErrors.h"
#include "core/intake/roster/RosterReaders.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <freexl.h>

namespace gp::intake::detail {
namespace {

/// Closes a FreeXL handle at scope exit (FreeXL wants it closed even when opening failed).
class XlsHandle {
public:
    XlsHandle() = default;
    ~XlsHandle() {
        if (handle_ != nullptr) {
            freexl_close(handle_);
        }
    }
    XlsHandle(const XlsHandle&) = delete;
    XlsHandle& operator=(const XlsHandle&) = delete;

    const void** out() { return &handle_; }
    const void* get() const { return handle_; }

private:
    const void* handle_ = nullptr;
};

/// A FreeXL date ("yyyy-mm-dd") or date and time ("yyyy-mm-dd hh:mm:ss") as a DateTime cell.
void setDateTime(SheetCell& cell, const char* text, DateOrigin origin) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    int fields =
        std::sscanf(text, "%d-%d-%d %d:%d:%d", &year, &month, &day, &hour, &minute, &second);
    cell.kind = SheetCell::Kind::DateTime;
    if (fields >= 3 && year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        cell.text = isoFromDate(year, month, day, hour, minute, second);
        cell.number = serialFromDate(year, month, day, hour, minute, second, origin);
    } else {
        cell.text = text;
    }
}

bool isDamageError(int rc) {
    return rc != FREEXL_OK && rc != FREEXL_FILE_NOT_FOUND && rc != FREEXL_INSUFFICIENT_MEMORY &&
           rc != FREEXL_BIFF_WORKBOOK_NOT_FOUND;
}

} // namespace

bool isEncryptedOfficePackage(std::string_view content) {
    // An encrypted xlsx is an OLE2 compound file whose directory has a stream named
    // "EncryptedPackage". Directory entries are 128 bytes, aligned to 128 bytes after the
    // 512-byte header: a UTF-16LE name, its byte length (with the terminator) at 64, and the
    // object type at 66 (2 = stream).
    static constexpr char16_t kName[] = u"EncryptedPackage";
    constexpr std::size_t kNameBytes = sizeof kName; // 34, with the terminator
    for (std::size_t at = 512; at + 128 <= content.size(); at += 128) {
        const auto* entry = reinterpret_cast<const unsigned char*>(content.data() + at);
        auto nameLength = static_cast<std::size_t>(entry[64] | (entry[65] << 8));
        if (nameLength != kNameBytes || entry[66] != 2) {
            continue;
        }
        bool same = true;
        for (std::size_t i = 0; i < kNameBytes / 2 && same; ++i) {
            auto unit = static_cast<char16_t>(entry[2 * i] | (entry[2 * i + 1] << 8));
            same = unit == kName[i];
        }
        if (same) {
            return true;
        }
    }
    return false;
}

Workbook readXlsWorkbook(const std::filesystem::path& file) {
    XlsHandle xls;
    int rc = freexl_open(file.c_str(), xls.out());
    if (rc == FREEXL_FILE_NOT_FOUND) {
        throw unreadableFile(file, "it cannot be opened");
    }
    if (rc == FREEXL_BIFF_WORKBOOK_NOT_FOUND) {
        // An OLE2 file that holds no workbook: a Word .doc, an .msg, a Windows installer.
        throw unsupportedFormat(file, "an Office file that is not a workbook");
    }
    if (rc != FREEXL_OK) {
        throw damagedFile(file);
    }

    unsigned int info = 0;
    if (freexl_get_info(xls.get(), FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED) {
        throw encryptedWorkbook(file);
    }
    DateOrigin origin;
    if (freexl_get_info(xls.get(), FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_DATEMODE_1904) {
        origin = {1904, 1, 1};
    }
    unsigned int sheetCount = 0;
    if (freexl_get_info(xls.get(), FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK) {
        throw damagedFile(file);
    }

    Workbook book;
    book.format = "xls";
    for (unsigned int index = 0; index < sheetCount && index <= 0xFFFF; ++index) {
        auto sheetIndex = static_cast<unsigned short>(index);
        SheetTable sheet;
        const char* name = nullptr;
        if (freexl_get_worksheet_name(xls.get(), sheetIndex, &name) == FREEXL_OK &&
            name != nullptr) {
            sheet.name = name;
        }
        if (freexl_select_active_worksheet(xls.get(), sheetIndex) != FREEXL_OK) {
            throw damagedFile(file);
        }
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(xls.get(), &rows, &columns) != FREEXL_OK) {
            throw damagedFile(file);
        }
        sheet.rows.resize(rows);
        for (unsigned int row = 0; row < rows; ++row) {
            auto& cells = sheet.rows[row];
            cells.resize(columns);
            for (unsigned short col = 0; col < columns; ++col) {
                FreeXL_CellValue value{};
                rc = freexl_get_cell_value(xls.get(), row, col, &value);
                if (rc != FREEXL_OK) {
                    if (isDamageError(rc) && rc != FREEXL_ILLEGAL_CELL_ROW_COL) {
                        throw damagedFile(file);
                    }
                    continue;
                }
                auto& cell = cells[col];
                switch (value.type) {
                case FREEXL_CELL_INT:
                    setNumber(cell, value.value.int_value);
                    break;
                case FREEXL_CELL_DOUBLE:
                    setNumber(cell, value.value.double_value);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                    if (value.value.text_value != nullptr && *value.value.text_value != '\0') {
                        cell.kind = SheetCell::Kind::Text;
                        cell.text = value.value.text_value;
                    }
                    break;
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                    if (value.value.text_value != nullptr) {
                        setDateTime(cell, value.value.text_value, origin);
                    }
                    break;
                case FREEXL_CELL_TIME: // a time of day alone: "hh:mm:ss", no serial
                    if (value.value.text_value != nullptr) {
                        cell.kind = SheetCell::Kind::DateTime;
                        cell.text = value.value.text_value;
                    }
                    break;
                default:
                    break;
                }
            }
        }
        trimSheet(sheet);
        book.sheets.push_back(std::move(sheet));
    }
    return book;
}

} // namespace gp::intake::detail
