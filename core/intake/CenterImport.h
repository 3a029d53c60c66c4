// The teaching centers' sheet (办学单位 with contact, phone, email, mailing address, postcode):
// centers are added or updated by name; centers the roster named but this sheet does not are
// listed as missing contact details.
#pragma once

#include "../store/Workspace.h"

#include <filesystem>
#include <string>
#include <vector>

namespace gp::intake {

struct CenterImportProblem {
    int row = 0;
    std::string code; ///< missing_center_name, duplicate_center
    std::string value;
};

struct CenterImportResult {
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::vector<CenterImportProblem> problems;
    /// Centers in the workspace still without contact, phone or address after the import.
    std::vector<std::string> missingDetails;
};

/// Reads the sheet (xlsx/xls/ods/csv; header found like a roster's: 教学点 / 办学单位 / 学习中心
/// / 函授站, 联系人, 联系电话, 邮箱, 邮寄地址 / 地址, 邮编) and applies it in one transaction.
/// Throws UserError for an unreadable file or one without a center-name column.
/// columnsFile: templates/center-columns.json.
CenterImportResult importCenters(store::Workspace& workspace, const std::filesystem::path& file,
                                 const std::filesystem::path& columnsFile);

} // namespace gp::intake
