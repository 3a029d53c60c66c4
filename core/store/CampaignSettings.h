// Workspace settings of the campaign that the console, the CLI (`settings set`) and the reports
// share, by key.
#pragma once

namespace gp::store::CampaignSettings {

/// The collection deadline, yyyy-mm-dd: the dashboard counts down to it, the retake and
/// missing lists print it.
inline constexpr const char* kDeadline = "review.deadline";
/// Who sends the photos (school and office), printed on mailing covers; the workspace's name
/// when unset.
inline constexpr const char* kSender = "campaign.sender";

} // namespace gp::store::CampaignSettings
