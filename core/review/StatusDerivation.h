// A student's status, derived from the record: the photo versions, whether the latest one has
// been checked, the decision log (a reversal cancels the decision it names) and the batches.
// students.status is only a cache of this; every writer refreshes it through refreshStatus().
#pragma once

#include "core/domain/Decision.h"
#include "core/domain/StudentStatus.h"
#include "core/store/WorkspaceStore.h"

#include <optional>
#include <string>
#include <vector>

namespace gp::review {

/// What the status is derived from, gathered for one student.
struct StatusFacts {
    domain::SubmissionId latestPhoto = 0;    ///< 0: no photo submitted
    bool latestChecked = false;              ///< a check run exists for the latest photo
    std::vector<domain::Decision> decisions; ///< the student's log, oldest first
    bool approvedPhotoUploaded = false;      ///< the approved version is in an upload batch
    bool approvedPhotoMailed = false;        ///< the approved version is in a mailing batch
};

/// The decisions still in force: those no reversal cancelled (reversals themselves excluded).
std::vector<domain::Decision> effectiveDecisions(const std::vector<domain::Decision>& log);

/// The decision in force last, if any.
std::optional<domain::Decision> decisionInForce(const std::vector<domain::Decision>& log);

/// The status the facts give.
domain::StudentStatus deriveStatus(const StatusFacts& facts);

/// Reads the facts of the student from the store (profileId: the workspace's profile, whose
/// check runs count). Call inside a transaction.
StatusFacts gatherStatusFacts(store::WorkspaceStore& store, domain::StudentId student,
                              const std::string& profileId);

/// Derives the student's status and writes it to the cached column; returns it. Call inside
/// the write transaction that changed the student's record.
domain::StudentStatus refreshStatus(store::WorkspaceStore& store, domain::StudentId student,
                                    const std::string& profileId);

} // namespace gp::review
