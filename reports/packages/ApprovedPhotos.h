// Which students a package may carry: those whose latest photo version is approved. The
// decision log is the truth: a student is approved when the latest decision that stands (not
// undone by a Reversal that itself stands) is an Approve of the student's latest photo version.
// The cached students.status is only compared with it; a disagreement is reported, never used.
#pragma once

#include "core/domain/Decision.h"
#include "core/domain/PhotoVersion.h"
#include "core/domain/Student.h"
#include "core/store/WorkspaceStore.h"

#include <optional>
#include <vector>

namespace gp::reports {

struct ApprovedPhoto {
    domain::Student student;
    domain::PhotoVersion photo;
    std::string approvedBy; ///< the reviewer of the standing approval
};

struct ApprovalScan {
    std::vector<ApprovedPhoto> approved; ///< by 学号
    /// Students whose cached status says approved (通过 / 已打包 / 已邮寄) while the log does
    /// not, or the other way round.
    std::vector<domain::Student> statusMismatch;
};

/// True when, in history (oldest first), the latest standing Approve/Reject decision is an
/// Approve of latestVersion.
bool approvedInLog(const std::vector<domain::Decision>& history,
                   domain::SubmissionId latestVersion);

/// The standing Approve of latestVersion in history (see approvedInLog), or nullptr.
const domain::Decision* standingApproval(const std::vector<domain::Decision>& history,
                                         domain::SubmissionId latestVersion);

/// True for the statuses that mean "approved" in the cache: Approved, Packed, Mailed.
bool statusMeansApproved(domain::StudentStatus status);

/// Students on the roster (withdrawn left out), of one center or all, with their approved
/// latest photo.
ApprovalScan findApprovedPhotos(store::WorkspaceStore& store,
                                std::optional<domain::CenterId> center);

} // namespace gp::reports
