#include "DemoPlan.h"

#include <algorithm>
#include <random>

namespace gp::demo {

std::string_view toCode(Role r) {
    switch (r) {
    case Role::Compliant:
        return "compliant";
    case Role::Flawed:
        return "flawed";
    case Role::NoPhoto:
        return "no_photo";
    case Role::Retake:
        return "retake";
    case Role::DifferentPerson:
        return "different_person";
    case Role::SharedPhoto:
        return "shared_photo";
    }
    return "compliant";
}

namespace {

StudentPlan planOf(Role role, Flaw flaw = Flaw::None) {
    StudentPlan p;
    p.role = role;
    p.flaw = flaw;
    return p;
}

} // namespace

std::vector<StudentPlan> makeDemoPlan(std::uint32_t seed, int students, int faces, int passing) {
    std::vector<StudentPlan> roles;
    for (const auto flaw : kAllFlaws) {
        roles.push_back(planOf(Role::Flawed, flaw));
    }
    for (int i = 0; i < kNoPhotoStudents; ++i) {
        roles.push_back(planOf(Role::NoPhoto));
    }
    roles.push_back(planOf(Role::Retake, Flaw::StreetBackground));
    roles.push_back(planOf(Role::DifferentPerson));
    roles.push_back(planOf(Role::SharedPhoto));
    roles.push_back(planOf(Role::SharedPhoto));
    while (static_cast<int>(roles.size()) < students) {
        roles.push_back(planOf(Role::Compliant));
    }
    roles.resize(static_cast<std::size_t>(students));
    // A Fisher-Yates shuffle on the raw engine output: the same order with any standard library.
    std::mt19937 rng(seed);
    for (std::size_t i = roles.size() - 1; i > 0; --i) {
        std::swap(roles[i], roles[rng() % (i + 1)]);
    }
    // People in turn, so each face serves as few students as the samples allow.
    int next = 0;
    int nextPassing = 0;
    int firstShared = -1;
    Variation sharedLook;
    for (auto& p : roles) {
        p.look.dx = static_cast<double>(rng() % 17) - 8;
        p.look.dy = static_cast<double>(rng() % 13) - 4;
        p.look.scale = 0.97 + static_cast<double>(rng() % 6) / 100.0;
        // Light blue, the backdrop most schools use. (On white or light grey the cut-out edge of
        // the hair can read as a shadow to background.shadow.)
        p.look.backdrop = 0;
        p.look.jacket = static_cast<int>(rng() % 3);
        // Flawed, retaken, shared and mismatched photos show a passing face, so the part they
        // play is all that is wrong; two in three of the others too, so that most compliant
        // photos pass outright.
        const bool passingFace = p.role != Role::Compliant && p.role != Role::NoPhoto;
        p.face = passingFace || next % 3 != 2 || faces == passing
                     ? nextPassing++ % passing
                     : passing + next % (faces - passing);
        ++next;
        p.submittedFace = p.face;
        if (p.role == Role::DifferentPerson) {
            p.submittedFace = (p.face + 1) % passing;
        }
        if (p.role == Role::SharedPhoto) {
            if (firstShared < 0) {
                firstShared = p.face;
                sharedLook = p.look;
            } else {
                p.submittedFace = firstShared; // the other student's photo
                p.look = sharedLook;
            }
        }
    }
    return roles;
}

} // namespace gp::demo
