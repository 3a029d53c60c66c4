// `report status`: the per-center status workbook. A summary sheet with one row per center
// (roster, submitted, automatic pass, approved, in progress, to retake, not submitted,
// face-comparison failures, percent complete) and a native Excel bar chart of it; one sheet per
// center listing every student with status, reasons, retake round and last submission time.
// With the option split, one workbook per center, ready to send to that center.
#pragma once

#include "ReportKind.h"

#include <filesystem>

namespace gp::reports {

class StatusWorkbook final : public ReportKind {
public:
    explicit StatusWorkbook(std::filesystem::path templatesDir)
        : templates_(std::move(templatesDir)) {}
    std::string id() const override { return "status"; }
    std::vector<std::string> optionNames() const override { return {"split"}; }
    ReportResult run(store::Workspace& workspace, const ReportRequest& request) override;

private:
    std::filesystem::path templates_;
};

} // namespace gp::reports
