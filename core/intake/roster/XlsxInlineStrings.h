// The inline-string supplement of the xlsx reader. liborcus 0.17 drops every cell written as an
// inline string, <c t="inlineStr"><is><t>学号</t></is></c>, and its import interface has no
// callback for them; yet streaming writers (Apache POI's SXSSF, libxlsxwriter's constant_memory
// mode) write nothing else. This reads those cells from the package a second time.
#pragma once

#include "core/intake/roster/SheetTable.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace gp::intake::detail {

/// Adds the inline-string cells of the xlsx package `xlsx` to `sheets` (what orcus read, one
/// SheetTable per <sheet> of xl/workbook.xml, matched by name) as Text cells: entities decoded,
/// whitespace kept, rich-text runs joined, phonetic runs left out. Where orcus has a value in
/// the same cell, orcus's value stays. Rows are appended as needed; only non-empty cells are
/// added, so the sheets stay trimmed. A worksheet part without the text "inlineStr" is inflated
/// and searched but not parsed. Throws damagedFile when the package or a part cannot be read.
void addXlsxInlineStrings(std::string_view xlsx, std::vector<SheetTable>& sheets,
                          const std::filesystem::path& file);

} // namespace gp::intake::detail
