#include "CliContext.h"

#include "core/common/UserError.h"
#include "gradphoto/BuildInfo.h"

namespace gp::cli {

std::unique_ptr<store::Workspace> CliContext::openWorkspace() const {
    if (workspaceDir.empty()) {
        throw UserError("No workspace given.",
                        "Name one with -w DIR (or set GRADPHOTO_WORKSPACE); create one with "
                        "gradphoto-cli init DIR.");
    }
    return store::Workspace::open(workspaceDir, clock);
}

void CliContext::printJson(Poco::JSON::Object object) const {
    if (!object.has("ok")) {
        object.set("ok", true);
    }
    object.stringify(out);
    out << '\n';
}

std::string programVersion() {
    return std::string("gradphoto-cli ") + build::kVersion;
}

} // namespace gp::cli
