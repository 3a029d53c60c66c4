#include "CampaignProgress.h"

#include "core/review/FaceOutcome.h"
#include "core/review/StatusDerivation.h"
#include "core/store/Transaction.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace gp::reports {

using domain::DecisionKind;
using domain::StudentStatus;

bool StudentProgress::approved() const {
    return student.status == StudentStatus::Approved || student.status == StudentStatus::Packed ||
           student.status == StudentStatus::Mailed;
}

bool StudentProgress::notSubmitted() const {
    return student.status == StudentStatus::NotSubmitted && !submitted();
}

bool StudentProgress::rejectedByReviewer() const {
    return decision && decision->kind == DecisionKind::Reject;
}

bool StudentProgress::needsRetake() const {
    if (!submitted() || approved()) {
        return false;
    }
    return rejectedByReviewer() || (!decision && checkVerdict == "fail");
}

std::vector<std::string> StudentProgress::retakeReasons() const {
    if (rejectedByReviewer()) {
        return decision->reasonCodes;
    }
    return failedReasons;
}

bool StudentProgress::statusStale() const {
    return submitted() && student.status == StudentStatus::NotSubmitted;
}

domain::StudentStatus StudentProgress::derivedStatus() const {
    review::StatusFacts facts;
    if (latestPhoto) {
        facts.latestPhoto = latestPhoto->id;
    }
    facts.latestChecked = !checkVerdict.empty();
    if (decision) {
        facts.decisions.push_back(*decision);
    }
    facts.approvedPhotoMailed = student.status == StudentStatus::Mailed;
    facts.approvedPhotoUploaded =
        facts.approvedPhotoMailed || student.status == StudentStatus::Packed;
    return review::deriveStatus(facts);
}

bool StudentProgress::autoFailAwaitingReview() const {
    return submitted() && !decision && checkVerdict == "fail";
}

double CenterCounts::percentComplete() const {
    return roster == 0 ? 0.0 : static_cast<double>(approved) / static_cast<double>(roster);
}

CenterCounts& CenterCounts::operator+=(const CenterCounts& o) {
    roster += o.roster;
    submitted += o.submitted;
    autoPass += o.autoPass;
    approved += o.approved;
    inProgress += o.inProgress;
    retake += o.retake;
    autoFailAwaitingReview += o.autoFailAwaitingReview;
    notSubmitted += o.notSubmitted;
    faceMismatch += o.faceMismatch;
    return *this;
}

CenterCounts countsOf(const CenterProgress& center) {
    CenterCounts c;
    for (const auto& s : center.students) {
        ++c.roster;
        c.submitted += s.submitted() ? 1 : 0;
        c.autoPass += s.autoPass() ? 1 : 0;
        c.faceMismatch += s.faceMismatch() ? 1 : 0;
        switch (s.derivedStatus()) {
        case StudentStatus::Approved:
        case StudentStatus::Packed:
        case StudentStatus::Mailed:
            ++c.approved;
            break;
        case StudentStatus::Retake:
            ++c.retake;
            break;
        case StudentStatus::AwaitingCheck:
        case StudentStatus::AwaitingReview:
            ++c.inProgress;
            c.autoFailAwaitingReview += s.autoFailAwaitingReview() ? 1 : 0;
            break;
        case StudentStatus::NotSubmitted:
            ++c.notSubmitted;
            break;
        }
    }
    return c;
}

std::optional<domain::Decision> standingDecision(const std::vector<domain::Decision>& history,
                                                 domain::SubmissionId photo) {
    // Newest first: a reversal always comes after what it reverses, so by the time a decision
    // is reached every reversal that could undo it has been seen (and itself judged).
    std::set<domain::DecisionId> undone;
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (undone.count(it->id) > 0) {
            continue;
        }
        if (it->kind == DecisionKind::Reversal) {
            undone.insert(it->reverses);
            continue;
        }
        if (it->submissionId == photo) {
            return *it;
        }
    }
    return std::nullopt;
}

namespace {

/// Everything the reports need besides the students, read in bulk.
struct Records {
    std::unordered_map<domain::StudentId, domain::PhotoVersion> latest;
    std::unordered_map<domain::SubmissionId, domain::CheckRun> runs;
    std::unordered_map<domain::StudentId, std::vector<domain::Decision>> decisions;
    std::unordered_map<domain::SubmissionId, std::vector<domain::FaceComparison>> comparisons;
    std::unordered_map<domain::StudentId, domain::ReferencePhotoId> enrollment; ///< newest
};

StudentProgress progressOf(store::Workspace& workspace, Records& records, domain::Student student) {
    StudentProgress p;
    p.student = std::move(student);
    const auto latest = records.latest.find(p.student.id);
    if (latest == records.latest.end()) {
        return p;
    }
    p.latestPhoto = std::move(latest->second);
    const auto photo = p.latestPhoto->id;
    p.photoMissing = !workspace.photos().contains(p.latestPhoto->sha256);
    if (const auto run = records.runs.find(photo); run != records.runs.end()) {
        p.checkVerdict = run->second.verdict;
        for (const auto& r : run->second.results) {
            if (r.verdict == "fail" && !r.reasonCode.empty() &&
                std::find(p.failedReasons.begin(), p.failedReasons.end(), r.reasonCode) ==
                    p.failedReasons.end()) {
                p.failedReasons.push_back(r.reasonCode);
            }
        }
    }
    if (const auto log = records.decisions.find(p.student.id); log != records.decisions.end()) {
        p.decision = standingDecision(log->second, photo);
    }
    // 人像比对 by the console's rule (core/review/FaceOutcome.h).
    const auto list = records.comparisons.find(photo);
    const auto reference = records.enrollment.find(p.student.id);
    if (list != records.comparisons.end() && reference != records.enrollment.end()) {
        if (const auto* c = review::standingComparison(list->second, reference->second)) {
            p.faceOutcome = c->outcome;
        }
    }
    return p;
}

} // namespace

CampaignProgress
CampaignProgress::read(store::Workspace& workspace, std::optional<domain::CenterId> only,
                       const std::function<bool(std::size_t, std::size_t)>& progress) {
    const auto profileId = workspace.profileId();
    auto& store = workspace.store();
    store::Transaction snapshot(store, store::Transaction::Kind::Read);

    CampaignProgress out;
    std::unordered_map<domain::CenterId, std::size_t> index;
    for (auto& c : store.centers().all()) {
        if (only && c.id != *only) {
            continue;
        }
        index[c.id] = out.centers.size();
        out.centers.push_back({std::move(c), {}});
    }
    store::StudentFilter filter;
    filter.centerId = only;
    auto students = store.students().list(filter);
    const auto total = students.size();
    if (progress && !progress(0, total)) {
        out.cancelled = true;
        return out;
    }
    auto& bulk = store.campaignRecords();
    Records records{bulk.latestPhotos(), bulk.latestRunsOfLatestPhotos(profileId),
                    bulk.decisionsByStudent(), bulk.comparisonsOfLatestPhotos(),
                    bulk.newestReferences(domain::ReferenceKind::Enrollment)};

    std::size_t done = 0;
    std::optional<std::size_t> unassigned;
    for (auto& s : students) {
        if (progress && done % 1024 == 0 && done > 0 && !progress(done, total)) {
            out.cancelled = true;
            return out;
        }
        ++done;
        auto it = index.find(s.centerId);
        std::size_t slot = 0;
        if (it != index.end()) {
            slot = it->second;
        } else {
            if (!unassigned) {
                unassigned = out.centers.size();
                out.centers.push_back({});
            }
            slot = *unassigned;
        }
        out.centers[slot].students.push_back(progressOf(workspace, records, std::move(s)));
    }
    snapshot.commit();
    if (progress) {
        progress(total, total);
    }
    return out;
}

} // namespace gp::reports
