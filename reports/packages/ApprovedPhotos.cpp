#include "ApprovedPhotos.h"

#include <set>

namespace gp::reports {

const domain::Decision* standingApproval(const std::vector<domain::Decision>& history,
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
        return it->kind == domain::DecisionKind::Approve && it->submissionId == latestVersion
                   ? &*it
                   : nullptr;
    }
    return nullptr;
}

bool approvedInLog(const std::vector<domain::Decision>& history,
                   domain::SubmissionId latestVersion) {
    return standingApproval(history, latestVersion) != nullptr;
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
        const auto history =
            latest ? store.decisions().historyOf(student.id) : std::vector<domain::Decision>{};
        const auto* approval = latest ? standingApproval(history, latest->id) : nullptr;
        if ((approval != nullptr) != statusMeansApproved(student.status)) {
            scan.statusMismatch.push_back(student);
        }
        if (approval != nullptr) {
            auto reviewer = approval->reviewer;
            scan.approved.push_back({std::move(student), std::move(*latest), std::move(reviewer)});
        }
    }
    return scan;
}

} // namespace gp::reports
