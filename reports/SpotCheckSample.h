// `report spotcheck`: the phone follow-up sample (电话抽查回访). Of each center's approved
// students a share (option share, default from the template) is drawn at random, at least one
// per center that has approved students. The draw is reproducible: it depends only on the seed
// (option seed, by default the day's date yyyymmdd, shown on the sheet), the share and the
// 学号 of the approved students, not on the order they are read in or on the platform.
#pragma once

#include "ReportKind.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace gp::reports {

/// How many of n are drawn: ceil(share × n), at least 1 when n > 0, at most n.
std::size_t sampleSize(std::size_t n, double share);

/// Positions of the drawn keys among keys (each a 学号), ascending: the sampleSize(keys.size(),
/// share) keys whose seeded hash is smallest. A key's chance does not depend on the others.
std::vector<std::size_t> drawSample(const std::vector<std::string>& keys, double share,
                                    std::uint64_t seed);

class SpotCheckSample final : public ReportKind {
public:
    explicit SpotCheckSample(std::filesystem::path templatesDir)
        : templates_(std::move(templatesDir)) {}
    std::string id() const override { return "spotcheck"; }
    std::vector<std::string> optionNames() const override { return {"split", "share", "seed"}; }
    ReportResult run(store::Workspace& workspace, const ReportRequest& request) override;

private:
    std::filesystem::path templates_;
};

} // namespace gp::reports
