#include "SqliteStore.h"

namespace gp::store {

SqliteStore::SqliteStore(const std::filesystem::path& file) : db_(file) {}

} // namespace gp::store
