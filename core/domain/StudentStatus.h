// Where a student stands in the campaign. Derived from the photo versions and the decision log;
// stored on the student only as a cache for fast lists and filters.
#pragma once

#include <optional>
#include <string_view>

namespace gp::domain {

enum class StudentStatus {
    NotSubmitted,   ///< 未提交: no photo yet
    AwaitingCheck,  ///< 待检测: a photo arrived, the automated checks have not run on it
    AwaitingReview, ///< 待审核: checked, waiting for a reviewer
    Approved,       ///< 通过
    Retake,         ///< 需重拍: rejected, waiting for a new photo
    Packed,         ///< 已打包: in a CHSI upload package
    Mailed,         ///< 已邮寄: prints mailed to the center
};

inline constexpr StudentStatus kAllStudentStatuses[] = {
    StudentStatus::NotSubmitted, StudentStatus::AwaitingCheck, StudentStatus::AwaitingReview,
    StudentStatus::Approved,     StudentStatus::Retake,        StudentStatus::Packed,
    StudentStatus::Mailed};

/// The stable code stored in the workspace and printed in JSON, e.g. "awaiting_review".
std::string_view toCode(StudentStatus s);
std::optional<StudentStatus> studentStatusFromCode(std::string_view code);

} // namespace gp::domain
