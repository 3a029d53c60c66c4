// A forward schema migration: the SQL that takes a workspace from version - 1 to version.
#pragma once

#include <span>
#include <string_view>

namespace gp::store {

struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

/// The migrations of this program, in order; the last one's version is the schema it writes.
std::span<const Migration> workspaceMigrations();

} // namespace gp::store
