// The workspace summary as `info` prints it: aligned text or a JSON object.
#pragma once

#include "core/store/WorkspaceSummary.h"

#include <Poco/JSON/Object.h>

#include <ostream>

namespace gp::cli {

void printSummary(std::ostream& out, const store::WorkspaceSummary& summary,
                  const std::string& profileName);
Poco::JSON::Object summaryToJson(const store::WorkspaceSummary& summary);

} // namespace gp::cli
