// Every kind of report the CLI's `report KIND` and the console's Reports menu offer, in the
// order `report all` runs them.
#pragma once

#include "ReportKind.h"

#include <filesystem>
#include <memory>
#include <vector>

namespace gp::reports {

/// One instance of each kind; templatesDir is where templates/ is (reports/*.json,
/// reasons.json, profiles/).
std::vector<std::unique_ptr<ReportKind>> allReportKinds(const std::filesystem::path& templatesDir);

} // namespace gp::reports
