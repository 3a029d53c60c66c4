// `report retakes`: the retake list (重拍名单). Students whose latest photo a reviewer rejected
// (and no one reversed), or whose latest photo fails the automated checks and has not been
// reviewed yet; grouped by center; the reasons written as the advice a student understands;
// contact phone, retake round and the deadline (workspace setting
// store::CampaignSettings::kDeadline).
#pragma once

#include "ReportKind.h"

#include <filesystem>

namespace gp::reports {

class RetakeList final : public ReportKind {
public:
    explicit RetakeList(std::filesystem::path templatesDir) : templates_(std::move(templatesDir)) {}
    std::string id() const override { return "retakes"; }
    std::vector<std::string> optionNames() const override { return {"split"}; }
    ReportResult run(store::Workspace& workspace, const ReportRequest& request) override;

private:
    std::filesystem::path templates_;
};

} // namespace gp::reports
