// Who in the demo cohort does what: most students submit a compliant photo; one student per
// planted mistake submits it; some submit nothing; one retakes after a rejection; one submits a
// photo of someone else than their enrollment photo shows; two submit the same photo. Drawn
// from the seed, so the same seed gives the same plan.
#pragma once

#include "PhotoFlaws.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace gp::demo {

enum class Role {
    Compliant,       ///< one photo, framed to the profile
    Flawed,          ///< one photo with the student's flaw
    NoPhoto,         ///< has not submitted
    Retake,          ///< a flawed photo, rejected by a reviewer, then a compliant one
    DifferentPerson, ///< a compliant photo of someone else than the enrollment photo
    SharedPhoto,     ///< the same photo as the other SharedPhoto student (re-saved)
};

std::string_view
toCode(Role r); ///< compliant, flawed, no_photo, retake, different_person, shared_photo

struct StudentPlan {
    Role role = Role::Compliant;
    Flaw flaw = Flaw::None; ///< Flawed: the flaw; Retake: the first photo's
    int face = 0;           ///< the person: index into the usable faces
    int submittedFace = 0;  ///< whose face the submission shows (differs for DifferentPerson)
    Variation look;         ///< the second SharedPhoto student has the first one's
};

inline constexpr int kNoPhotoStudents = 7;

/// The plan for `students` students and `faces` usable faces, of which the first `passing`
/// (at least 2) pass every check when framed: the flawed and retaken photos use those, so
/// that the planted flaw is the only thing wrong with them.
std::vector<StudentPlan> makeDemoPlan(std::uint32_t seed, int students, int faces, int passing);

} // namespace gp::demo
