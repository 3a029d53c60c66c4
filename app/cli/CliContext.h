// What every gradphoto-cli command shares: the chosen workspace, output mode, clock and paths.
#pragma once

#include "core/common/Clock.h"
#include "core/common/DataPaths.h"
#include "core/common/UserError.h"
#include "core/store/Workspace.h"

#include <Poco/JSON/Object.h>

#include <iostream>
#include <memory>
#include <string>

namespace gp::cli {

struct CliContext {
    CliContext(const Clock& c, DataPaths p) : clock(c), paths(std::move(p)) {}

    std::string workspaceDir; ///< -w DIR or GRADPHOTO_WORKSPACE
    bool json = false;        ///< --json
    std::ostream& out = std::cout;
    std::ostream& err = std::cerr;
    const Clock& clock;
    DataPaths paths;

    /// Opens the workspace given with -w; throws UserError when none was given.
    std::unique_ptr<store::Workspace> openWorkspace() const;
    /// Prints a command's one JSON object as one line on stdout, with "ok": true unless the
    /// object says otherwise.
    void printJson(Poco::JSON::Object object) const;
};

/// An error whose JSON report the command has printed already (as part of its one object);
/// main() only writes the message to stderr and exits with the code.
class ReportedError : public UserError {
public:
    using UserError::UserError;
};

/// "gradphoto-cli 0.1.0"
std::string programVersion();

} // namespace gp::cli
