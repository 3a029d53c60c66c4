// `gradphoto-cli demo DIR`: a whole demo campaign in one folder, built the way a registry office
// builds a real one — the roster and the centers' sheet written as .xlsx files and imported with
// the same code `roster import` and `centers import` run; enrollment photos and submissions
// written as files named by 学号 and imported like `photos import`; the checks run like `check`;
// one rejection recorded so that one student retakes. The inputs stay in DIR/inputs/ for the
// curious. Built in a hidden folder beside DIR and renamed into place: all or nothing. A folder
// the demo built before is reused; any other non-empty folder is refused.
#pragma once

#include "DemoPlan.h"
#include "core/checks/PhotoProfile.h"
#include "core/checks/analysis/FaceModels.h"
#include "core/common/Clock.h"
#include "core/faces/RecognitionModels.h"
#include "core/intake/PhotoIntake.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace gp::demo {

struct DemoRequest {
    std::filesystem::path dir;
    std::filesystem::path photos;    ///< the sample photos (defaultDemoPhotosDir)
    std::filesystem::path templates; ///< templates/ (profiles, column names)
    std::uint32_t seed = 20260315;
    std::string createdBy;                       ///< program and version
    std::function<void(const std::string&)> say; ///< progress lines
};

struct DemoStudentOutcome {
    std::string studentNo;
    std::string name;
    std::string center;
    Role role = Role::Compliant;
    Flaw flaw = Flaw::None;
    std::string face;           ///< the sample face of the submission (and of the enrollment photo)
    std::string enrollmentFace; ///< the sample face of the enrollment photo (differs for
                                ///< DifferentPerson)
};

struct DemoResult {
    std::filesystem::path workspace;
    bool reused = false;
    std::size_t faces = 0; ///< usable faces found in the samples: the people of the demo
    std::vector<DemoStudentOutcome> students;
    /// The photo imports (enrollment, first batch, retakes), for their intake reports; empty
    /// when reused.
    std::vector<intake::PhotoIntakeResult> photoIntakes;
};

/// The marker file a demo workspace carries (its seed, the program that built it).
inline constexpr const char* kDemoMarker = "demo.json";

/// What a demo workspace's marker says: who plays which part.
DemoResult readDemoMarker(const std::filesystem::path& dir);

/// The models a demo build needs: the checks' landmarks, and the recognition network that picks
/// the different person's stranger (the face farthest from the submission's).
struct DemoModels {
    const checks::FaceModels& checks;
    const faces::RecognitionModels& recognition;
};

/// The students who share a face, by the sample face (only faces shown to two or more students),
/// in the order of the students.
std::vector<std::vector<std::string>> studentsSharingAFace(const DemoResult& result);

/// Builds (or reuses) the demo workspace. Throws UserError for a DIR that is something else,
/// or missing sample photos. loadModels is called only when there is something to build.
DemoResult buildDemo(const DemoRequest& request, const std::function<DemoModels()>& loadModels,
                     const Clock& clock);

} // namespace gp::demo
