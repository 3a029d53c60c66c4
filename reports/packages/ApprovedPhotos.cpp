#include "ApprovedPhotos.h"

#include <set>

namespace gp::reports {

bool approvedInLog(const std::vector<domain::Decision>& history,
                   domain::SubmissionId latestVersion) {
    // Newest first: a Reversal counts only if no later standing Reversal undid it.
    std::set<domain::DecisionId> undone;
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (undone.count(it->id) > 0) {
            continue;
        }
        if (it->kind == domain::DecisionKind::Reversal) {
            undone.insert(it->reverses);
            continue;
        }
        return it->kind == domain::DecisionKind::Approve && it->submissionId == latestVersion;
    }
    return false;
}

bool statusMeansApproved(domain::StudentStatus status) {
    return status == domain::StudentStatus::Approved || status == domain::StudentStatus::Packed ||
           status == domain::StudentStatus::Mailed;
}

ApprovalScan findApprovedPhotos(store::WorkspaceStore& store,
                                std::optional<domain::CenterId> center) {
    store::StudentFilter filter;
    filter.centerId = center;
    ApprovalScan scan;
    for (auto& student : store.students().list(filter)) {
        auto latest = store.photoVersions().latestOf(student.id);
        const bool approved =
            latest && approvedInLog(store.decisions().historyOf(student.id), latest->id);
        if (approved != statusMeansApproved(student.status)) {
            scan.statusMismatch.push_back(student);
        }
        if (approved) {
            scan.approved.push_back({std::move(student), std::move(*latest)});
        }
    }
    return scan;
}

} // namespace gp::reports
