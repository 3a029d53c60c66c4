// Photos in a folder, walked recursively without following symbolic links. Internal to
// core/intake/photos; callers use openPhotoSource().
#pragma once

#include "core/intake/photos/PhotoSource.h"

namespace gp::intake::detail {

class FolderPhotoSource final : public PhotoSource {
public:
    /// Lists the folder (throws UserError when it cannot be read).
    FolderPhotoSource(const std::filesystem::path& root, const ZipLimits& limits);

    void forEach(const std::function<void(PhotoEntry&&)>& accept,
                 const std::function<void(RefusedEntry&&)>& refuse) override;
    std::size_t size() override { return items_.size(); }

private:
    struct Item {
        std::string path;           ///< relative, '/'-separated, UTF-8
        std::filesystem::path file; ///< on disk
        std::string refusedCode;    ///< empty when the file is to be read
        std::string refusedProblem;
    };
    void walk(const std::filesystem::path& folder, const std::string& prefix);

    std::filesystem::path root_;
    ZipLimits limits_;
    std::vector<Item> items_;
};

} // namespace gp::intake::detail
