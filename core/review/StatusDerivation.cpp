#include "StatusDerivation.h"

#include <algorithm>
#include <set>

namespace gp::review {

using domain::Decision;
using domain::DecisionKind;
using domain::StudentStatus;

std::vector<Decision> effectiveDecisions(const std::vector<Decision>& log) {
    std::set<domain::DecisionId> reversed;
    for (const auto& d : log) {
        if (d.kind == DecisionKind::Reversal) {
            reversed.insert(d.reverses);
        }
    }
    std::vector<Decision> out;
    for (const auto& d : log) {
        if (d.kind != DecisionKind::Reversal && reversed.count(d.id) == 0) {
            out.push_back(d);
        }
    }
    return out;
}

std::optional<Decision> decisionInForce(const std::vector<Decision>& log) {
    auto effective = effectiveDecisions(log);
    if (effective.empty()) {
        return std::nullopt;
    }
    return effective.back();
}

StudentStatus deriveStatus(const StatusFacts& facts) {
    if (facts.latestPhoto == 0) {
        return StudentStatus::NotSubmitted;
    }
    const auto inForce = decisionInForce(facts.decisions);
    // A decision on an earlier version says nothing about a retake: it waits for its turn.
    if (!inForce || inForce->submissionId != facts.latestPhoto) {
        return facts.latestChecked ? StudentStatus::AwaitingReview : StudentStatus::AwaitingCheck;
    }
    if (inForce->kind == DecisionKind::Reject) {
        return StudentStatus::Retake;
    }
    if (facts.approvedPhotoMailed) {
        return StudentStatus::Mailed;
    }
    if (facts.approvedPhotoUploaded) {
        return StudentStatus::Packed;
    }
    return StudentStatus::Approved;
}

namespace {

bool inBatchOfKind(store::BatchRepository& batches, domain::BatchKind kind,
                   domain::StudentId student, domain::SubmissionId photo) {
    return batches.containsPhoto(kind, student, photo);
}

} // namespace

StatusFacts gatherStatusFacts(store::WorkspaceStore& store, domain::StudentId student,
                              const std::string& profileId) {
    StatusFacts facts;
    const auto latest = store.photoVersions().latestOf(student);
    if (!latest) {
        return facts;
    }
    facts.latestPhoto = latest->id;
    facts.latestChecked = store.checkRuns().latestFor(latest->id, profileId).has_value();
    facts.decisions = store.decisions().historyOf(student);
    const auto inForce = decisionInForce(facts.decisions);
    if (inForce && inForce->kind == DecisionKind::Approve && inForce->submissionId == latest->id) {
        auto& batches = store.batches();
        facts.approvedPhotoUploaded =
            inBatchOfKind(batches, domain::BatchKind::Upload, student, latest->id);
        facts.approvedPhotoMailed =
            inBatchOfKind(batches, domain::BatchKind::Mailing, student, latest->id);
    }
    return facts;
}

StudentStatus refreshStatus(store::WorkspaceStore& store, domain::StudentId student,
                            const std::string& profileId) {
    const auto status = deriveStatus(gatherStatusFacts(store, student, profileId));
    store.students().setStatus(student, status);
    return status;
}

} // namespace gp::review
