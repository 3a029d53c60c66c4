// The face-based checks of 教毕指〔2017〕99号: one face, not cut; framing (head top, eye line, face
// width, centred); pose (roll, yaw, pitch, shoulders); expression (eyes open, lips closed).
// Each lives in its own file; the make* functions are how faceChecks() builds them.
#pragma once

#include "core/checks/Check.h"

#include <memory>

namespace gp::checks {

/// All face checks in a stable order (the order reviewers read them).
CheckList faceChecks();

std::unique_ptr<Check> makeFaceCountCheck();
std::unique_ptr<Check> makeFaceInsideCheck();
std::unique_ptr<Check> makeFramingHeadTopCheck();
std::unique_ptr<Check> makeFramingEyeLineCheck();
std::unique_ptr<Check> makeFramingFaceWidthCheck();
std::unique_ptr<Check> makeFramingCentredCheck();
std::unique_ptr<Check> makePoseRollCheck();
std::unique_ptr<Check> makePoseYawCheck();
std::unique_ptr<Check> makePosePitchCheck();
std::unique_ptr<Check> makePoseShouldersCheck();
std::unique_ptr<Check> makeExpressionEyesOpenCheck();
std::unique_ptr<Check> makeExpressionMouthClosedCheck();

} // namespace gp::checks
