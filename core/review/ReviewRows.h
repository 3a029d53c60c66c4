// One line of the review list per student on the roster: who, where, the status, what the
// checks and the face comparison said of the latest photo. Read for every student at once (a
// workspace of 100,000 students loads in well under a second) or for one after a decision.
#pragma once

#include "core/domain/Ids.h"
#include "core/domain/StudentStatus.h"
#include "core/store/WorkspaceStore.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gp::review {

struct ReviewRow {
    domain::StudentId id = 0;
    std::string studentNo; ///< 学号
    std::string name;      ///< 姓名
    std::string examNo;    ///< 考生号
    std::string idNumber;  ///< in full, for the search; shown masked (see StudentList)
    domain::CenterId centerId = 0;
    domain::StudentStatus status = domain::StudentStatus::NotSubmitted;
    domain::SubmissionId photo = 0;   ///< the latest photo version, 0 when none
    int version = 0;                  ///< its number: 1 first submission, 2 first retake, ...
    std::string submittedAt;          ///< when it was imported
    std::string verdict;              ///< latest check run: pass, review, fail, error; "" unchecked
    std::optional<double> similarity; ///< to the enrollment photo, 0-100
    std::string faceOutcome;          ///< match, review, no_match; "" not compared
    bool duplicate = false; ///< flagged by the duplicate search: another student's photo or face
    /// The other student's 学号 (the closest kind first: same bytes, near identical, same
    /// face; then by 学号) and how many others there are; "" and 0 when not flagged.
    std::string duplicateOf;
    int duplicateCount = 0;
    /// Reason codes of the latest check run's warnings and failures and of the rejection in
    /// force, comma-separated.
    std::string reasonCodes;

    /// Retake round: 0 for the first submission.
    int retakeRound() const { return version > 1 ? version - 1 : 0; }
    bool hasReason(const std::string& code) const;
};

/// Every student on the roster (withdrawn ones left out), by 学号.
std::vector<ReviewRow> loadReviewRows(store::WorkspaceStore& store, const std::string& profileId);

/// The same through a read-only connection of its own to the workspace's database file, so
/// that it can run on another thread while the caller uses the workspace (e.g. while the
/// console reads the summary).
std::vector<ReviewRow> loadReviewRows(const std::filesystem::path& databaseFile,
                                      const std::string& profileId);

/// One student's row, e.g. after a decision; nullopt when the student is unknown.
std::optional<ReviewRow> loadReviewRow(store::WorkspaceStore& store, const std::string& profileId,
                                       domain::StudentId student);

} // namespace gp::review
