// Who in the demo cohort does what: most students submit a compliant photo; one student per
// planted mistake submits it; some submit nothing; one retakes after a rejection; one submits a
// photo of someone else than their enrollment photo shows; two submit the same photo. Drawn
// from the seed, so the same seed gives the same plan.
//
// The demo photos hold few faces that can be framed as an ID photo (most party guests turn
// their heads), so: every face the checks fail even when framed is one student's own photo
// (OwnFlaw, each face once); the usable faces take turns for the compliant and planted parts,
// each at most kMaxSittings times, each sitting differing as two sittings of one person would
// (mirrored, placed a little differently, another jacket); the students left over have not
// submitted yet. The same-face search rightly finds the students who share a usable face; the
// plan says who they are (StudentPlan::face).
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
    OwnFlaw,         ///< one photo framed to the profile, of a face the checks fail (turned
                     ///< away, the mouth open, soft): the snapshot a student crops themselves
};

std::string_view
toCode(Role r); ///< compliant, flawed, no_photo, retake, different_person, shared_photo, own_flaw

struct StudentPlan {
    Role role = Role::Compliant;
    Flaw flaw = Flaw::None; ///< Flawed: the flaw; Retake: the first photo's
    int face = 0;           ///< the person: index into the usable faces
    int submittedFace = 0;  ///< whose face the submission shows (= face; the enrollment photo
                            ///< of DifferentPerson shows a stranger, chosen by the builder)
    int sitting = 0;        ///< how many students this face served before this one
    Variation look;         ///< the second SharedPhoto student has the first one's
};

inline constexpr int kNoPhotoStudents = 7; ///< at least this many have not submitted
inline constexpr int kMaxSittings = 8;     ///< photos of one usable face, at most

/// The plan for `students` students, `faces` usable faces (at least 1; indices 0..faces-1, best
/// first: those that pass every check when framed, then those that only need a reviewer's eye)
/// and `flawedFaces` faces that fail when framed (indices faces..faces+flawedFaces-1, one
/// OwnFlaw student each). The planted flaws, the retake, the different person and the shared
/// photo take the usable faces first, so that the planted flaw is the only thing wrong with
/// them; compliant students fill the usable faces' sittings up to kMaxSittings each; the rest
/// have no photo (at least kNoPhotoStudents). Every other sitting of a face is mirrored.
std::vector<StudentPlan> makeDemoPlan(std::uint32_t seed, int students, int faces, int flawedFaces);

} // namespace gp::demo
