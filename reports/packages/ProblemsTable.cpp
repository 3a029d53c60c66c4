#include "ProblemsTable.h"

namespace gp::reports {

void addProblemsSheet(XlsxWorkbook& book, const std::string& sheetName,
                      const std::vector<std::string>& headers,
                      const std::vector<ReportProblem>& problems) {
    std::vector<XlsxColumn> columns;
    for (const auto& h : headers) {
        columns.push_back({h, h == headers.back() ? 90.0 : 30.0});
    }
    auto& table = book.addTable(sheetName, columns);
    for (const auto& p : problems) {
        table.text(p.studentNo).text(p.center).text(p.message).endRow();
    }
}

} // namespace gp::reports
