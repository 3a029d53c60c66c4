// Where every student on the roster stands, per teaching center, as the reports see it: the
// cached status, the latest photo, what the automated checks said of it, the reviewer's standing
// decision on it (reversals undone), the face comparison, and whether the student must retake.
// Read once, inside one read transaction, so that every sheet of a report tells one story.
#pragma once

#include "core/domain/Center.h"
#include "core/domain/CheckRun.h"
#include "core/domain/Decision.h"
#include "core/domain/PhotoVersion.h"
#include "core/domain/Student.h"
#include "core/store/Workspace.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gp::reports {

struct StudentProgress {
    domain::Student student;
    std::optional<domain::PhotoVersion> latestPhoto;
    /// Verdict of the newest check run of the latest photo (pass, review, fail, error); empty
    /// when it has not been checked.
    std::string checkVerdict;
    /// Reason codes of the checks that failed on the latest photo, in check order.
    std::vector<std::string> failedReasons;
    /// The reviewer's decision on the latest photo that still stands (not reversed).
    std::optional<domain::Decision> decision;
    /// 人像比对 of the latest photo as the console tells it (core/review/FaceOutcome.h): the
    /// newest comparison with the newest enrollment photo; match, review, no_match, or empty
    /// when there is none.
    std::string faceOutcome;
    /// The latest photo's original is not in the photo store.
    bool photoMissing = false;

    bool submitted() const { return latestPhoto.has_value(); }
    /// Approved, including students already packed for CHSI or mailed (cached status).
    bool approved() const;
    bool notSubmitted() const;
    bool autoPass() const { return checkVerdict == "pass"; }
    bool faceMismatch() const { return faceOutcome == "no_match"; }
    bool rejectedByReviewer() const;
    /// On the retake list: the latest photo was rejected, or it fails the automated checks and
    /// no reviewer has decided on it yet.
    bool needsRetake() const;
    /// Why: the rejection's reasons, or the failed checks' reasons.
    std::vector<std::string> retakeReasons() const;
    /// The cached status says no photo although one is on record.
    bool statusStale() const;
    /// The status as the console and the dashboard derive it (core/review/StatusDerivation)
    /// from this record: an undecided photo is 待审核 whatever the checks said. Whether the
    /// approved photo is packed or mailed is taken from the cached status.
    domain::StudentStatus derivedStatus() const;
    /// Failing the automated checks with no decision on it yet: waiting for review (not 需重拍
    /// until a reviewer rejects it), but counted apart so that centers see it coming.
    bool autoFailAwaitingReview() const;
};

struct CenterProgress {
    domain::Center center;                 ///< id 0: students whose roster row names no center
    std::vector<StudentProgress> students; ///< by 学号, withdrawn students left out
};

struct CenterCounts {
    std::size_t roster = 0;
    std::size_t submitted = 0;
    std::size_t autoPass = 0;
    std::size_t approved = 0;
    std::size_t inProgress = 0;             ///< awaiting the checks or a review (derived status)
    std::size_t retake = 0;                 ///< rejected by a reviewer (derived status 需重拍)
    std::size_t autoFailAwaitingReview = 0; ///< of inProgress: failing the checks, undecided
    std::size_t notSubmitted = 0;
    std::size_t faceMismatch = 0;

    /// approved / roster, 0 for an empty roster.
    double percentComplete() const;
    CenterCounts& operator+=(const CenterCounts& other);
};

CenterCounts countsOf(const CenterProgress& center);

struct CampaignProgress {
    /// Centers by name (those without students included), students without a center last.
    std::vector<CenterProgress> centers;
    bool cancelled = false;

    /// Reads the workspace; only is a center's id, or every center. progress(done, total) is
    /// called per student; returning false stops the reading (cancelled = true).
    static CampaignProgress read(store::Workspace& workspace, std::optional<domain::CenterId> only,
                                 const std::function<bool(std::size_t, std::size_t)>& progress);
};

/// The decision that still stands on the photo version: the newest of the student's decisions
/// on it that no standing reversal undoes (an undone undo restores the decision).
std::optional<domain::Decision> standingDecision(const std::vector<domain::Decision>& history,
                                                 domain::SubmissionId photo);

} // namespace gp::reports
