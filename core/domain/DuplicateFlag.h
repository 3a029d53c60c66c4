// A sign that a student's latest photo is someone else's or reused: the same bytes, a
// near-identical image or the same face as another student's latest photo. Each pair is stored
// twice, once from each side, so each student's record names the other's 学号.
#pragma once

#include "Ids.h"

#include <string>

namespace gp::domain {

struct DuplicateFlag {
    StudentId studentId = 0;
    StudentId otherStudentId = 0;
    std::string otherStudentNo; ///< read back from the students table; not stored
    std::string kind;           ///< same_bytes, near_identical, same_face
    SubmissionId photoVersionId = 0;
    SubmissionId otherPhotoVersionId = 0;
    double closeness = 0; ///< Hamming bits (near_identical), descriptor distance (same_face)
    std::string foundAt;
};

} // namespace gp::domain
