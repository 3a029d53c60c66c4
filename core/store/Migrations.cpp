#include "Migration.h"

namespace gp::store {

extern const Migration kMigration001Initial;

std::span<const Migration> workspaceMigrations() {
    // Append new migrations here; never edit one that has shipped.
    static const Migration all[] = {kMigration001Initial};
    return all;
}

} // namespace gp::store
