// One check's outcome as the workspace stores it (check_results): the measured values with
// their units, the limit's numbers by name and the overlay shapes as JSON beside the limit text.
#pragma once

#include "core/checks/CheckOutcome.h"
#include "core/domain/CheckRun.h"

namespace gp::jobs {

domain::CheckResult storedResult(const checks::CheckOutcome& outcome);

} // namespace gp::jobs
