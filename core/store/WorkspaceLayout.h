// Where a workspace keeps what: workspace.db, photos/, exports/, logs/.
#pragma once

#include <filesystem>

namespace gp::store {

struct WorkspaceLayout {
    std::filesystem::path root;

    std::filesystem::path database() const { return root / "workspace.db"; }
    std::filesystem::path photos() const { return root / "photos"; }
    std::filesystem::path exports() const { return root / "exports"; }
    std::filesystem::path logs() const { return root / "logs"; }
};

} // namespace gp::store
