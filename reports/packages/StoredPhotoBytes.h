// A photo's original bytes read back from the workspace's photo store, checked against the
// hash it is stored under. A file that is gone or changed is reported by the caller (problems
// sheet), never skipped in silence.
#pragma once

#include "core/store/PhotoStore.h"

#include <optional>
#include <string>

namespace gp::reports {

/// The bytes, or nothing when the file is missing, unreadable or no longer matches sha256.
std::optional<std::string> readStoredPhoto(const store::PhotoStore& photos,
                                           const std::string& sha256);

} // namespace gp::reports
