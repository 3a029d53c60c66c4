// A sheet as read from a roster file, before any column is interpreted: every cell with the
// kind of value the file stored, so that a number where text belongs (an ID number Excel turned
// into 6.10102E+17) can be reported, never silently repaired.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gp::intake {

struct SheetCell {
    enum class Kind { Empty, Text, Number, Boolean, DateTime, Error };
    Kind kind = Kind::Empty;
    /// The value as text, UTF-8. Text: as stored. Number: the shortest exact decimal
    /// (2021001, 6.10102e+17, 0.5). DateTime: ISO yyyy-mm-dd or yyyy-mm-ddThh:mm:ss.
    /// Boolean: "TRUE"/"FALSE". Error: the error text (#N/A).
    std::string text;
    double number = 0; ///< for Number (and DateTime as the spreadsheet's serial, when known)
};

struct SheetTable {
    std::string name;
    /// rows[i] is the file's row i + 1; rows may differ in length; trailing empty rows dropped.
    std::vector<std::vector<SheetCell>> rows;
};

struct Workbook {
    std::string format;   ///< "xlsx", "ods", "xls", "csv"
    std::string encoding; ///< csv/txt only: "utf-8", "utf-8-bom" or "gb18030"
    std::vector<SheetTable> sheets;
};

/// The roster formats this program reads, for messages: ".xlsx, .ods, .xls, .csv, .txt".
const char* supportedRosterFormats();

/// Reads every sheet of a spreadsheet or CSV/TXT file. The format is decided by the content,
/// not the extension. Throws UserError with what is wrong and what to do for: an unsupported
/// format (naming the supported ones), a truncated or corrupt file, an encrypted workbook,
/// an unreadable file.
Workbook readWorkbook(const std::filesystem::path& file);

} // namespace gp::intake
