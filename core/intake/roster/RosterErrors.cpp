#include "core/intake/roster/RosterErrors.h"

#include "core/intake/roster/SheetTable.h"

namespace gp::intake::detail {

UserError unsupportedFormat(const std::filesystem::path& file, const std::string& what) {
    std::string message =
        "The roster " + file.filename().string() + " is not in a supported format";
    if (!what.empty()) {
        message += " (" + what + ")";
    }
    message += ". Supported roster formats: ";
    message += supportedRosterFormats();
    message += ".";
    return UserError(message, "Open the roster in Excel or WPS and save it as .xlsx or as CSV.");
}

UserError damagedFile(const std::filesystem::path& file, const std::string& detail) {
    std::string message =
        "The roster " + file.filename().string() + " is damaged or incomplete and cannot be read";
    if (!detail.empty()) {
        message += " (" + detail + ")";
    }
    message += ".";
    return UserError(message, "Open the original in Excel or WPS, save it again and copy it "
                              "again; if it came by e-mail or download, fetch it once more.");
}

UserError encryptedWorkbook(const std::filesystem::path& file) {
    return UserError("The roster " + file.filename().string() +
                         " is protected by a password and cannot be read.",
                     "Open it in Excel or WPS, remove the password (File > Info > Protect "
                     "Workbook > Encrypt with Password, clear it) and save it again.");
}

UserError unreadableFile(const std::filesystem::path& file, const std::string& reason) {
    return UserError("Cannot read the roster " + file.string() + ": " + reason + ".",
                     "Check that the file exists and that you may read it.");
}

} // namespace gp::intake::detail
