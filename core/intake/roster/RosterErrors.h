// The UserErrors a roster file can cause, worded once for every reader.
#pragma once

#include "core/common/UserError.h"

#include <filesystem>
#include <string>

namespace gp::intake::detail {

/// The file is none of the roster formats (a PDF, a picture, an empty file, ...).
UserError unsupportedFormat(const std::filesystem::path& file, const std::string& what = {});

/// The file is a spreadsheet but cannot be read to the end (cut short, corrupt).
UserError damagedFile(const std::filesystem::path& file, const std::string& detail = {});

/// The workbook is protected by a password.
UserError encryptedWorkbook(const std::filesystem::path& file);

/// The file cannot be opened or read at all.
UserError unreadableFile(const std::filesystem::path& file, const std::string& reason);

} // namespace gp::intake::detail
