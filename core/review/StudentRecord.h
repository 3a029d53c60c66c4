// Everything the review screen shows of one student, read in one snapshot: the roster line,
// the photo versions, the reference photos of a kind, the latest check run of the latest
// version, its face comparisons, the duplicate flags and the decision log.
#pragma once

#include "core/domain/CheckRun.h"
#include "core/domain/Decision.h"
#include "core/domain/DuplicateFlag.h"
#include "core/domain/FaceRecords.h"
#include "core/domain/PhotoVersion.h"
#include "core/domain/ReferencePhoto.h"
#include "core/domain/Student.h"
#include "core/store/WorkspaceStore.h"

#include <optional>
#include <string>
#include <vector>

namespace gp::review {

struct StudentRecord {
    std::optional<domain::Student> student;
    std::vector<domain::PhotoVersion> versions;      ///< oldest first
    std::vector<domain::ReferencePhoto> references;  ///< of the kind asked for, newest first
    std::optional<domain::CheckRun> run;             ///< of the latest version
    std::vector<domain::FaceComparison> comparisons; ///< of the latest version
    std::vector<domain::Decision> decisions;         ///< oldest first
    std::vector<domain::DuplicateFlag> duplicates;   ///< other students sharing photo or face

    const domain::PhotoVersion* latest() const {
        return versions.empty() ? nullptr : &versions.back();
    }
    /// The version's number (v1, v2, ...) for a photo version id; 0 if not the student's.
    int versionNumber(domain::SubmissionId id) const;
    /// The reason codes of the run's warnings and failures, each once, in run order: what a
    /// reviewer most likely rejects for.
    std::vector<std::string> suggestedReasons() const;
    /// The newest comparison with a similarity (compared), if any.
    const domain::FaceComparison* comparison() const;
};

StudentRecord readStudentRecord(store::WorkspaceStore& store, const std::string& profileId,
                                domain::StudentId student, domain::ReferenceKind referenceKind);

} // namespace gp::review
