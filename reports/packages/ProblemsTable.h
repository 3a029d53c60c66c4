// The problems sheet every package writes: 学号, 教学点, 问题 (headers from the template).
#pragma once

#include "reports/ReportKind.h"
#include "reports/XlsxWorkbook.h"

#include <string>
#include <vector>

namespace gp::reports {

void addProblemsSheet(XlsxWorkbook& book, const std::string& sheetName,
                      const std::vector<std::string>& headers,
                      const std::vector<ReportProblem>& problems);

} // namespace gp::reports
