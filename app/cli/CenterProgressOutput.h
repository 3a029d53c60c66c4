// The per-center progress table as text (Chinese headers, aligned for a terminal) or JSON.
#pragma once

#include "core/demo/CenterProgress.h"

#include <Poco/JSON/Object.h>

#include <ostream>

namespace gp::cli {

void printCenterProgress(std::ostream& out, const demo::CenterProgress& progress);
Poco::JSON::Object centerProgressToJson(const demo::CenterProgress& progress);

} // namespace gp::cli
