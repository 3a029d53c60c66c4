#include "Migration.h"

namespace gp::store {

extern const Migration kMigration001Initial;
extern const Migration kMigration002DuplicateFlags;
extern const Migration kMigration003UnreadableImages;
extern const Migration kMigration004CheckLimitValues;

std::span<const Migration> workspaceMigrations() {
    // Append new migrations here; never edit one that has shipped.
    static const Migration all[] = {kMigration001Initial, kMigration002DuplicateFlags,
                                    kMigration003UnreadableImages, kMigration004CheckLimitValues};
    return all;
}

} // namespace gp::store
