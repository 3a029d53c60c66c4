#include "ReportKinds.h"

#include "MissingList.h"
#include "RetakeList.h"
#include "SpotCheckSample.h"
#include "StatusWorkbook.h"
#include "packages/MailingPackage.h"
#include "packages/UploadPackage.h"

namespace gp::reports {

std::vector<std::unique_ptr<ReportKind>> allReportKinds(const std::filesystem::path& templatesDir) {
    std::vector<std::unique_ptr<ReportKind>> kinds;
    kinds.push_back(std::make_unique<StatusWorkbook>(templatesDir));
    kinds.push_back(std::make_unique<RetakeList>(templatesDir));
    kinds.push_back(std::make_unique<MissingList>(templatesDir));
    kinds.push_back(std::make_unique<SpotCheckSample>(templatesDir));
    kinds.push_back(std::make_unique<UploadPackage>(templatesDir));
    kinds.push_back(std::make_unique<MailingPackage>(templatesDir));
    return kinds;
}

} // namespace gp::reports
