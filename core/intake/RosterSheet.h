// A roster sheet with its header row found and its columns mapped to fields: title rows above
// the header ("2024届毕业生名单") and blank rows are skipped; unmapped columns are kept as
// extra attributes by their header.
#pragma once

#include "RosterColumns.h"
#include "roster/SheetTable.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gp::intake {

inline constexpr std::size_t kRosterFieldCount = 17;

struct RosterColumn {
    std::size_t index = 0; ///< 0-based column in the sheet
    std::string header;
    std::optional<RosterField> field; ///< nullopt: kept as an extra attribute
};

struct RosterRow {
    int fileRow = 0; ///< 1-based, as the spreadsheet shows it
    /// Cells by field (index = RosterField), text normalised; Kind::Empty when absent.
    std::array<SheetCell, kRosterFieldCount> fields;
    std::vector<std::pair<std::string, std::string>> extra; ///< header → value, non-empty only

    const SheetCell& operator[](RosterField f) const { return fields[static_cast<std::size_t>(f)]; }
    const std::string& text(RosterField f) const { return (*this)[f].text; }
};

struct RosterSheet {
    std::string sheetName;
    int headerRow = 0; ///< 1-based
    std::vector<RosterColumn> columns;
    std::vector<RosterRow> rows;
    /// Columns that name a field already taken by an earlier column (kept as extra).
    std::vector<std::string> duplicateColumns;

    bool has(RosterField f) const;
};

/// Finds the roster in the workbook: the named sheet, or else the first sheet whose header row
/// names both 学号 and 姓名. Throws UserError saying what was looked for and what was found.
/// The workbook is taken by value so that its cells can be moved, not copied (pass std::move).
RosterSheet readRosterSheet(Workbook workbook, const RosterColumns& columns,
                            const std::string& sheetName = {});

} // namespace gp::intake
