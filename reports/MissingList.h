// `report missing`: students on the roster with no photo yet (未采集名单), per center, with
// their contact phone and the center's, so that each center can chase its own students.
#pragma once

#include "ReportKind.h"

#include <filesystem>

namespace gp::reports {

class MissingList final : public ReportKind {
public:
    explicit MissingList(std::filesystem::path templatesDir)
        : templates_(std::move(templatesDir)) {}
    std::string id() const override { return "missing"; }
    std::vector<std::string> optionNames() const override { return {"split"}; }
    ReportResult run(store::Workspace& workspace, const ReportRequest& request) override;

private:
    std::filesystem::path templates_;
};

} // namespace gp::reports
