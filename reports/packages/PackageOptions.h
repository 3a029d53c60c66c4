// Reading a package's options (ReportRequest::options) with a clear UserError for a bad value,
// and resolving --center to a center of the workspace.
#pragma once

#include "reports/ReportKind.h"

#include <optional>
#include <string>

namespace gp::reports {

/// A positive whole number, or fallback when the option is absent.
std::size_t positiveOption(const ReportRequest& request, const std::string& name,
                           std::size_t fallback);
/// A positive number, or fallback when absent.
double positiveNumberOption(const ReportRequest& request, const std::string& name, double fallback);
/// "1", "true", "yes" or "" (given without a value) are true; absent, "0", "false", "no" false.
bool flagOption(const ReportRequest& request, const std::string& name);
/// The center the request names, by name; nothing for all centers. Throws UserError listing
/// the centers when there is none of that name.
std::optional<domain::Center> requestedCenter(store::WorkspaceStore& store,
                                              const ReportRequest& request);

} // namespace gp::reports
