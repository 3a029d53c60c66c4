// Entry names in a photo folder or zip: encoding (UTF-8, or GB18030 from Chinese Windows),
// safety (no absolute paths, no "..", no drive letters) and the files intake skips (hidden
// files, __MACOSX/, Thumbs.db, .DS_Store). Internal to core/intake/photos.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gp::intake::detail {

bool isValidUtf8(std::string_view text);

/// The name as UTF-8: as is when valid UTF-8, else converted from GB18030 (a superset of GBK);
/// bytes that are neither become U+FFFD.
std::string nameToUtf8(std::string_view raw);

/// Why an archive entry name is unsafe, or nullopt when it is safe. Backslashes count as
/// separators (so "..\\x" is caught).
std::optional<std::string> unsafePathReason(std::string_view utf8Name);

/// A safe name with backslashes turned into '/', "." components and repeated '/' dropped.
std::string normalisedPath(std::string_view utf8Name);

/// True for entries intake ignores without a word: hidden files and folders (a component
/// starting with '.'), anything under __MACOSX/, and Thumbs.db.
bool isSkipped(std::string_view normalisedPath);

} // namespace gp::intake::detail
