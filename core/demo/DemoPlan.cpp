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
    case Role::OwnFlaw:
        return "own_flaw";
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

std::vector<StudentPlan> makeDemoPlan(std::uint32_t seed, int students, int faces,
                                      int flawedFaces) {
    const int people = std::max(faces, 1);
    std::vector<StudentPlan> roles;
    for (const auto flaw : kAllFlaws) {
        roles.push_back(planOf(Role::Flawed, flaw));
    }
    roles.push_back(planOf(Role::Retake, Flaw::StreetBackground));
    roles.push_back(planOf(Role::DifferentPerson));
    roles.push_back(planOf(Role::SharedPhoto));
    roles.push_back(planOf(Role::SharedPhoto));
    const int planted = static_cast<int>(roles.size());
    const int ownFlaws = std::clamp(students - planted - kNoPhotoStudents, 0, flawedFaces);
    for (int i = 0; i < ownFlaws; ++i) {
        roles.push_back(planOf(Role::OwnFlaw));
        roles.back().face = roles.back().submittedFace = people + i;
    }
    const int compliant =
        std::clamp(std::min(students - static_cast<int>(roles.size()) - kNoPhotoStudents,
                            people * kMaxSittings - planted),
                   0, students);
    for (int i = 0; i < compliant; ++i) {
        roles.push_back(planOf(Role::Compliant));
    }
    while (static_cast<int>(roles.size()) < students) {
        roles.push_back(planOf(Role::NoPhoto));
    }
    roles.resize(static_cast<std::size_t>(students));
    // A Fisher-Yates shuffle on the raw engine output: the same order with any standard library.
    std::mt19937 rng(seed);
    for (std::size_t i = roles.size() - 1; i > 0; --i) {
        std::swap(roles[i], roles[rng() % (i + 1)]);
    }
    // People in turn, so each face serves as few students as the samples allow: the roles that
    // show a flaw or a part to play first (on the passing faces first), then the others.
    std::vector<int> order;
    const auto playsAPart = [](Role r) {
        return r != Role::Compliant && r != Role::NoPhoto && r != Role::OwnFlaw;
    };
    for (int i = 0; i < static_cast<int>(roles.size()); ++i) {
        if (playsAPart(roles[static_cast<std::size_t>(i)].role)) {
            order.push_back(i);
        }
    }
    for (int i = 0; i < static_cast<int>(roles.size()); ++i) {
        if (!playsAPart(roles[static_cast<std::size_t>(i)].role)) {
            order.push_back(i);
        }
    }
    std::vector<int> sittings(static_cast<std::size_t>(people), 0);
    int next = 0;
    int absent = 0;
    int firstShared = -1;
    Variation sharedLook;
    int sharedSitting = 0;
    for (auto& p : roles) {
        p.look.dx = static_cast<double>(rng() % 17) - 8;
        p.look.dy = static_cast<double>(rng() % 13) - 4;
        p.look.scale = 0.97 + static_cast<double>(rng() % 6) / 100.0;
        // Light blue, the backdrop most schools use. (On white or light grey the cut-out edge of
        // the hair can read as a shadow to background.shadow.)
        p.look.backdrop = 0;
        p.look.jacket = static_cast<int>(rng() % 3); // drawn to keep the seed's sequence
    }
    for (const int i : order) {
        auto& p = roles[static_cast<std::size_t>(i)];
        if (p.role == Role::SharedPhoto && firstShared >= 0) {
            p.face = p.submittedFace = firstShared; // the other student's photo
            p.look = sharedLook;
            p.sitting = sharedSitting;
            continue;
        }
        if (p.role == Role::OwnFlaw) {
            continue; // their own face, once
        }
        // A student without a photo has an enrollment photo only: no turn taken, and the
        // faces no one submits make it, in turn, where there are some.
        p.face = p.role == Role::NoPhoto && ownFlaws > 0 ? people + (absent++ % ownFlaws)
                                                         : next % people;
        p.submittedFace = p.face;
        if (p.role != Role::NoPhoto) {
            ++next;
            p.sitting = sittings[static_cast<std::size_t>(p.face)]++;
        }
        // Two sittings of one face differ as two photos of one person would: mirrored every
        // other time, another jacket every other pair.
        p.look.mirror = p.sitting % 2 == 1;
        p.look.jacket = (p.sitting / 2 + p.face) % 3;
        if (p.role == Role::SharedPhoto) {
            firstShared = p.face;
            sharedLook = p.look;
            sharedSitting = p.sitting;
        }
    }
    return roles;
}

} // namespace gp::demo
