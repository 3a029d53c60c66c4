#include "ReviewService.h"

#include "FaceOutcome.h"
#include "StatusDerivation.h"
#include "core/common/UserError.h"
#include "core/store/Transaction.h"

#include <algorithm>

namespace gp::review {

using domain::Decision;
using domain::DecisionKind;

ReviewService::ReviewService(store::WorkspaceStore& store, std::string profileId,
                             const ReasonCatalog& reasons, const Clock& clock)
    : store_(store), profileId_(std::move(profileId)), reasons_(reasons), clock_(clock) {}

void ReviewService::requireReviewer(const std::string& reviewer) const {
    if (reviewer.find_first_not_of(" \t") == std::string::npos) {
        throw UserError("A decision needs the reviewer's name.",
                        "Give your name (--reviewer NAME, or in the console's settings).");
    }
}

DecisionOutcome ReviewService::record(domain::StudentId student, Decision decision,
                                      domain::SubmissionId seen, bool forceBatched) {
    store::Transaction tx(store_);
    const auto who = store_.students().byId(student);
    if (!who) {
        throw UserError("There is no such student in this workspace.");
    }
    if (who->withdrawn) {
        throw UserError("Student " + who->studentNo + " is no longer on the roster.",
                        "Decide only for students on the current roster.");
    }
    decision.studentId = student;
    decision.decidedAt = clock_.nowIso();
    if (decision.kind == DecisionKind::Reversal) {
        const auto log = store_.decisions().historyOf(student);
        const auto inForce = decisionInForce(log);
        if (!inForce) {
            throw UserError("Student " + who->studentNo + " has no decision to undo.");
        }
        const auto target = std::find_if(log.begin(), log.end(), [&](const Decision& d) {
            return d.id == decision.reverses && d.kind != DecisionKind::Reversal;
        });
        if (target == log.end()) {
            throw UserError("Decision #" + std::to_string(decision.reverses) +
                                " is not a decision on student " + who->studentNo + ".",
                            "See the student's decisions with: gradphoto-cli history " +
                                who->studentNo);
        }
        if (inForce->id != target->id) {
            throw UserError("Decision #" + std::to_string(target->id) + " on student " +
                                who->studentNo + " is no longer in force (decision #" +
                                std::to_string(inForce->id) + " by " + inForce->reviewer + " is).",
                            "Nothing was undone. Look at the student's history first.");
        }
        const auto latest = store_.photoVersions().latestOf(student);
        if (!latest || latest->id != inForce->submissionId) {
            throw UserError("Decision #" + std::to_string(inForce->id) + " on student " +
                                who->studentNo +
                                " was on an earlier photo; a newer photo arrived since.",
                            "Nothing was undone. Review the newest photo instead.");
        }
        if (inForce->kind == DecisionKind::Approve) {
            const auto batch = batchOf(*inForce);
            if (!batch.empty()) {
                if (!forceBatched) {
                    throw UserError("The approved photo of student " + who->studentNo +
                                        " is already in batch " + batch + ".",
                                    "Undo it only if that batch will not be used: force it and "
                                    "give a note saying why (--force --note TEXT).");
                }
                if (decision.note.find_first_not_of(" \t") == std::string::npos) {
                    throw UserError("Undoing an approval already in batch " + batch +
                                        " needs a note saying why.",
                                    "Give the reason with --note TEXT.");
                }
            }
        }
        decision.reverses = inForce->id;
        decision.submissionId = inForce->submissionId;
        decision.photoSha256 = inForce->photoSha256;
    } else {
        const auto latest = store_.photoVersions().latestOf(student);
        if (!latest) {
            throw UserError("Student " + who->studentNo + " has not submitted a photo yet.",
                            "Import the student's photo first.");
        }
        if (latest->id != seen) {
            throw UserError("A newer photo of student " + who->studentNo +
                                " arrived since you looked at it; look again.",
                            "The decision was not recorded. Review the newest photo (v" +
                                std::to_string(latest->version) + ") and decide again.");
        }
        decision.submissionId = latest->id;
        decision.photoSha256 = latest->sha256;
    }
    store_.decisions().append(decision);
    DecisionOutcome out{decision, refreshStatus(store_, student, profileId_)};
    tx.commit();
    return out;
}

DecisionOutcome ReviewService::approve(domain::StudentId student, domain::SubmissionId seen,
                                       const std::string& reviewer, const std::string& note) {
    requireReviewer(reviewer);
    Decision d;
    d.kind = DecisionKind::Approve;
    d.reviewer = reviewer;
    d.note = note;
    return record(student, std::move(d), seen);
}

DecisionOutcome ReviewService::reject(domain::StudentId student, domain::SubmissionId seen,
                                      const std::string& reviewer,
                                      const std::vector<std::string>& reasonCodes,
                                      const std::string& note) {
    requireReviewer(reviewer);
    if (reasonCodes.empty()) {
        throw UserError("A rejection needs at least one reason.",
                        "Pick the reasons the student reads on the retake list (--reason CODE).");
    }
    Decision d;
    for (const auto& code : reasonCodes) {
        if (!reasons_.has(code)) {
            throw UserError("\"" + code + "\" is not a reason in templates/reasons.json.",
                            "Use one of the codes listed there, e.g. background_invalid.");
        }
        if (std::find(d.reasonCodes.begin(), d.reasonCodes.end(), code) == d.reasonCodes.end()) {
            d.reasonCodes.push_back(code);
        }
    }
    d.kind = DecisionKind::Reject;
    d.reviewer = reviewer;
    d.note = note;
    return record(student, std::move(d), seen);
}

DecisionOutcome ReviewService::undo(domain::StudentId student, domain::DecisionId decision,
                                    const std::string& reviewer, const std::string& note,
                                    bool forceBatched) {
    requireReviewer(reviewer);
    Decision d;
    d.kind = DecisionKind::Reversal;
    d.reviewer = reviewer;
    d.note = note;
    d.reverses = decision;
    return record(student, std::move(d), 0, forceBatched);
}

std::string ReviewService::batchHolding(domain::StudentId student, domain::DecisionId decision) {
    store::Transaction snapshot(store_, store::Transaction::Kind::Read);
    std::string out;
    for (const auto& d : store_.decisions().historyOf(student)) {
        if (d.id == decision && d.kind == DecisionKind::Approve) {
            out = batchOf(d);
        }
    }
    snapshot.commit();
    return out;
}

std::string ReviewService::batchOf(const Decision& approval) {
    for (auto kind : {domain::BatchKind::Upload, domain::BatchKind::Mailing}) {
        if (!store_.batches().containsPhoto(kind, approval.studentId, approval.submissionId)) {
            continue;
        }
        for (const auto& batch : store_.batches().list(kind)) {
            for (const auto& m : batch.members) {
                if (m.studentId == approval.studentId &&
                    (m.submissionId == approval.submissionId || m.submissionId == 0)) {
                    return batch.number;
                }
            }
        }
    }
    return {};
}

std::vector<Decision> ReviewService::history(domain::StudentId student) {
    store::Transaction snapshot(store_, store::Transaction::Kind::Read);
    auto log = store_.decisions().historyOf(student);
    snapshot.commit();
    return log;
}

bool ReviewService::eligible(domain::StudentId student) {
    const auto who = store_.students().byId(student);
    if (!who || who->withdrawn) {
        return false;
    }
    const auto latest = store_.photoVersions().latestOf(student);
    if (!latest) {
        return false;
    }
    const auto facts = gatherStatusFacts(store_, student, profileId_);
    if (deriveStatus(facts) != domain::StudentStatus::AwaitingReview) {
        return false;
    }
    const auto run = store_.checkRuns().latestFor(latest->id, profileId_);
    if (!run || run->verdict != "pass") {
        return false;
    }
    if (!store_.duplicates().of(student).empty()) {
        return false; // another student's photo or face: a reviewer must look
    }
    // 人像比对 as the list and the reports tell it (FaceOutcome.h).
    const auto reference =
        newestReference(store_.referencePhotos().of(student, domain::ReferenceKind::Enrollment),
                        domain::ReferenceKind::Enrollment);
    const auto comparisons = store_.faces().comparisonsOf(latest->id);
    const auto* standing = standingComparison(comparisons, reference);
    return standing != nullptr && standing->outcome == "match";
}

std::vector<domain::StudentId>
ReviewService::batchEligible(const std::vector<domain::StudentId>& students) {
    store::Transaction snapshot(store_, store::Transaction::Kind::Read);
    std::vector<domain::StudentId> out;
    for (auto id : students) {
        if (eligible(id)) {
            out.push_back(id);
        }
    }
    snapshot.commit();
    return out;
}

std::vector<domain::StudentId>
ReviewService::batchApprove(const std::vector<domain::StudentId>& students,
                            const std::string& reviewer, const std::string& note) {
    requireReviewer(reviewer);
    store::Transaction tx(store_);
    std::vector<domain::StudentId> approved;
    const auto at = clock_.nowIso();
    for (auto id : students) {
        if (!eligible(id)) {
            continue;
        }
        const auto latest = store_.photoVersions().latestOf(id);
        Decision d;
        d.kind = DecisionKind::Approve;
        d.studentId = id;
        d.reviewer = reviewer;
        d.decidedAt = at;
        d.submissionId = latest->id;
        d.photoSha256 = latest->sha256;
        d.note = note;
        store_.decisions().append(d);
        refreshStatus(store_, id, profileId_);
        approved.push_back(id);
    }
    tx.commit();
    return approved;
}

} // namespace gp::review
