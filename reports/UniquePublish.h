// Publishing a finished report under a dated name without ever replacing an earlier one: two
// reports written in the same second (by one process or two) get -2, -3 ... appended.
#pragma once

#include <filesystem>
#include <string>

namespace gp::reports {

/// Flushes staged to disk and moves it into folder (same file system) as <stem><extension>,
/// or <stem>-2<extension>, <stem>-3<extension> ... if that name is taken. Returns the final
/// path. Throws UserError when the file cannot be moved.
std::filesystem::path publishUnique(const std::filesystem::path& staged,
                                    const std::filesystem::path& folder, const std::string& stem,
                                    const std::string& extension);

} // namespace gp::reports
