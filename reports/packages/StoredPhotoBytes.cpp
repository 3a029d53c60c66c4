#include "StoredPhotoBytes.h"

#include "core/common/Sha256.h"

#include <fstream>
#include <sstream>

namespace gp::reports {

std::optional<std::string> readStoredPhoto(const store::PhotoStore& photos,
                                           const std::string& sha256) {
    std::ifstream in(photos.pathOf(sha256), std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto text = std::move(bytes).str();
    if (sha256Hex(text) != sha256) {
        return std::nullopt;
    }
    return text;
}

} // namespace gp::reports
