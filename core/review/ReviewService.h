// A reviewer's decisions: approve, reject with reasons, undo (a reversal appended to the log),
// the history; each recorded with the reviewer, the time, the reasons, the note and the photo
// version with its SHA-256, in one transaction with the student's refreshed status. The console
// and `gradphoto-cli decide` both go through here.
#pragma once

#include "ReasonCatalog.h"
#include "core/common/Clock.h"
#include "core/domain/Decision.h"
#include "core/domain/StudentStatus.h"
#include "core/store/WorkspaceStore.h"

#include <string>
#include <vector>

namespace gp::review {

struct DecisionOutcome {
    domain::Decision decision;    ///< as appended to the log
    domain::StudentStatus status; ///< the student's status after it
};

class ReviewService {
public:
    ReviewService(store::WorkspaceStore& store, std::string profileId, const ReasonCatalog& reasons,
                  const Clock& clock);

    /// Approves the photo version the reviewer looked at (`seen`). Throws UserError when the
    /// student has no photo or a newer version arrived since (the reviewer must look again).
    DecisionOutcome approve(domain::StudentId student, domain::SubmissionId seen,
                            const std::string& reviewer, const std::string& note = {});
    /// Rejects it for one or more reasons of the catalogue; the same guard on `seen`.
    DecisionOutcome reject(domain::StudentId student, domain::SubmissionId seen,
                           const std::string& reviewer, const std::vector<std::string>& reasonCodes,
                           const std::string& note = {});
    /// Reverses the decision `decision` of the student (appends a reversal). Refused when it is
    /// not the decision in force (reversed already, or another decision came after it) or when
    /// it is on an earlier photo version than the latest. Undoing an approval whose photo is in
    /// an upload or mailing batch is refused (naming the batch) unless `forceBatched` and a
    /// note saying why.
    DecisionOutcome undo(domain::StudentId student, domain::DecisionId decision,
                         const std::string& reviewer, const std::string& note = {},
                         bool forceBatched = false);
    /// The number of the upload or mailing batch holding the photo the student's decision
    /// approved ("" when none, or when the decision is not an approval): what undo() needs
    /// forcing for.
    std::string batchHolding(domain::StudentId student, domain::DecisionId decision);
    /// The student's decisions, oldest first, reversals included.
    std::vector<domain::Decision> history(domain::StudentId student);

    /// Of these students, those a batch approval takes: waiting for review, their latest photo
    /// passed every check, its comparison with the enrollment photo is a match and the
    /// duplicate search flagged no other student sharing its photo or face.
    std::vector<domain::StudentId> batchEligible(const std::vector<domain::StudentId>& students);
    /// Approves each eligible student (checked again now) with its own decision, all in one
    /// transaction; returns those approved.
    std::vector<domain::StudentId> batchApprove(const std::vector<domain::StudentId>& students,
                                                const std::string& reviewer,
                                                const std::string& note = {});

private:
    bool eligible(domain::StudentId student);
    std::string batchOf(const domain::Decision& approval);
    DecisionOutcome record(domain::StudentId student, domain::Decision decision,
                           domain::SubmissionId seen = 0, bool forceBatched = false);
    void requireReviewer(const std::string& reviewer) const;

    store::WorkspaceStore& store_;
    std::string profileId_;
    const ReasonCatalog& reasons_;
    const Clock& clock_;
};

} // namespace gp::review
