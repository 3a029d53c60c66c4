// Spreadsheet cell references in A1 notation: "AB123", "$AB$123", or a row alone, "123".
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace gp::intake {

inline constexpr std::int64_t kSpreadsheetMaxRows = 1048576; // the most a spreadsheet can have
inline constexpr std::int64_t kSpreadsheetMaxColumns = 16384;

/// Zero-based; column is -1 for a row-only reference.
struct CellReference {
    std::int64_t row = -1;
    std::int64_t column = -1;
};

/// Nothing when the text is not a reference within a spreadsheet's limits.
std::optional<CellReference> parseCellReference(std::string_view text);

} // namespace gp::intake
