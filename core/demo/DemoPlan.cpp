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

std::vector<StudentPlan> makeDemoPlan(std::uint32_t seed, int students, int faces) {
    std::vector<StudentPlan> roles;
    for (const auto flaw : kAllFlaws) {
        roles.push_back({Role::Flawed, flaw});
    }
    for (int i = 0; i < kNoPhotoStudents; ++i) {
        roles.push_back({Role::NoPhoto});
    }
    roles.push_back({Role::Retake, Flaw::StreetBackground});
    roles.push_back({Role::DifferentPerson});
    roles.push_back({Role::SharedPhoto});
    roles.push_back({Role::SharedPhoto});
    while (static_cast<int>(roles.size()) < students) {
        roles.push_back({Role::Compliant});
    }
    roles.resize(static_cast<std::size_t>(students));
    // A Fisher-Yates shuffle on the raw engine output: the same order with any standard library.
    std::mt19937 rng(seed);
    for (std::size_t i = roles.size() - 1; i > 0; --i) {
        std::swap(roles[i], roles[rng() % (i + 1)]);
    }
    // People in turn, so each face serves as few students as the samples allow.
    int next = 0;
    int firstShared = -1;
    for (auto& p : roles) {
        p.face = next++ % faces;
        p.submittedFace = p.face;
        if (p.role == Role::DifferentPerson) {
            p.submittedFace = (p.face + faces / 2) % faces;
        }
        if (p.role == Role::SharedPhoto) {
            if (firstShared < 0) {
                firstShared = p.face;
            } else {
                p.submittedFace = firstShared; // the other student's photo
            }
        }
    }
    return roles;
}

} // namespace gp::demo
