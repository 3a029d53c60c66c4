// The readers behind readWorkbook, one per family of formats. readWorkbook (SheetTable.cpp)
// decides the format from the content and calls one of these.
#pragma once

#include "core/intake/roster/SheetTable.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace gp::intake::detail {

enum class SpreadsheetPackage { Xlsx, Ods };

/// xlsx or ods, from the whole file content, through orcus. Throws damagedFile when orcus
/// cannot parse it to the end.
Workbook readOrcusWorkbook(std::string_view content, SpreadsheetPackage package,
                           const std::filesystem::path& file);

/// A legacy .xls (BIFF in an OLE2 compound file), through FreeXL.
Workbook readXlsWorkbook(const std::filesystem::path& file);

/// Whether an OLE2 compound file holds an "EncryptedPackage" stream: an xlsx that Excel
/// encrypted with a password.
bool isEncryptedOfficePackage(std::string_view content);

/// A CSV or tab-separated TXT, UTF-8 (with or without BOM) or GB18030/GBK. Throws
/// unsupportedFormat when the content is not text.
Workbook readDelimitedText(std::string_view content, const std::filesystem::path& file);

} // namespace gp::intake::detail
