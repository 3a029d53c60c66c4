#include "core/intake/photos/PhotoSource.h"

#include "core/common/UserError.h"
#include "core/intake/photos/FolderPhotoSource.h"
#include "core/intake/photos/ZipPhotoSource.h"

#include <fstream>

namespace gp::intake {

namespace fs = std::filesystem;

std::unique_ptr<PhotoSource> openPhotoSource(const fs::path& path, const ZipLimits& limits) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status)) {
        throw UserError("The photo folder or zip file " + path.string() + " was not found.",
                        "Check the path, or choose the folder again.");
    }
    if (fs::is_directory(status)) {
        return std::make_unique<detail::FolderPhotoSource>(path, limits);
    }
    if (fs::is_regular_file(status)) {
        std::ifstream in(path, std::ios::binary);
        char magic[4] = {};
        in.read(magic, 4);
        const std::string_view head(magic, static_cast<std::size_t>(in.gcount()));
        // A zip starts with a local file header, or (when empty) with the end record.
        if (head == std::string_view("PK\x03\x04", 4) ||
            head == std::string_view("PK\x05\x06", 4)) {
            return std::make_unique<detail::ZipPhotoSource>(path, limits);
        }
    }
    throw UserError(path.string() + " is neither a folder nor a zip file.",
                    "Choose the folder that holds the photos, or a .zip file of them.");
}

} // namespace gp::intake
