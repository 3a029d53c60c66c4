// Progress per teaching center for the dashboard: how many have not submitted, wait for review
// (checked or not), are approved (packed and mailed included) or must retake; the share
// approved; the days left to the campaign's deadline.
#pragma once

#include "ReviewRows.h"
#include "core/domain/Center.h"
#include "core/store/CampaignSettings.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace gp::review {

struct CenterProgress {
    domain::CenterId centerId = 0; ///< 0: students whose roster line names no center
    std::string name;
    std::size_t notSubmitted = 0;
    std::size_t awaitingReview = 0; ///< 待检测 and 待审核
    std::size_t approved = 0;       ///< 通过, 已打包, 已邮寄
    std::size_t retake = 0;
    std::size_t total() const { return notSubmitted + awaitingReview + approved + retake; }
    /// Approved as a percentage of the center's students, 0 when it has none.
    double percentApproved() const;
};

struct DashboardFigures {
    std::vector<CenterProgress> centers; ///< by name; the no-center group last, if any
    CenterProgress overall;
    std::optional<int> daysLeft; ///< to the deadline; negative once it has passed
};

/// The workspace setting holding the deadline, yyyy-mm-dd.
inline constexpr const char* kDeadlineSetting = store::CampaignSettings::kDeadline;

/// utcOffsetMinutes: the campaign's local time (Beijing +480, templates/reports/common.json).
DashboardFigures buildDashboard(const std::vector<ReviewRow>& rows,
                                const std::vector<domain::Center>& centers,
                                const std::optional<std::string>& deadline,
                                std::chrono::system_clock::time_point now, int utcOffsetMinutes);

/// Whole days from today's local date (UTC+utcOffsetMinutes) to the deadline date
/// (yyyy-mm-dd): at 00:30 in Beijing on the deadline day it is 0, whatever the UTC date says;
/// nullopt if unreadable.
std::optional<int> daysUntil(const std::string& deadline, std::chrono::system_clock::time_point now,
                             int utcOffsetMinutes);

} // namespace gp::review
