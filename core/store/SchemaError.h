// Errors about the workspace file itself, each with its own message and advice.
#pragma once

#include "../common/UserError.h"

namespace gp::store {

/// The workspace was written by a newer program; opening it would risk a silent downgrade.
class SchemaTooNewError : public UserError {
public:
    using UserError::UserError;
};

/// The folder is missing, is not a workspace, or its database is not a database.
class WorkspaceOpenError : public UserError {
public:
    using UserError::UserError;
};

} // namespace gp::store
