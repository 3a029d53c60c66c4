// Roster values as people type them: stray spaces (also full-width and non-breaking ones) and
// full-width digits and letters (２０２１００１, ＡＢＣ) are folded to their plain forms.
#pragma once

#include <string>
#include <string_view>

namespace gp::intake {

/// Folds full-width ASCII (U+FF01..U+FF5E) and the ideographic space to ASCII, then trims
/// spaces, tabs, newlines, NBSP and zero-width spaces at both ends. Invalid UTF-8 is kept.
std::string normalizeCell(std::string_view utf8);

/// True when every character is an ASCII digit.
bool allDigits(std::string_view s);

/// True when the text looks like a number Excel wrote in scientific notation (6.10102E+17).
bool looksScientific(std::string_view s);

} // namespace gp::intake
