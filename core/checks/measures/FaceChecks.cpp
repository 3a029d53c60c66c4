#include "FaceChecks.h"

namespace gp::checks {

CheckList faceChecks() {
    CheckList list;
    list.push_back(makeFaceCountCheck());
    list.push_back(makeFaceInsideCheck());
    list.push_back(makeFramingHeadTopCheck());
    list.push_back(makeFramingEyeLineCheck());
    list.push_back(makeFramingFaceWidthCheck());
    list.push_back(makeFramingCentredCheck());
    list.push_back(makePoseRollCheck());
    list.push_back(makePoseYawCheck());
    list.push_back(makePosePitchCheck());
    list.push_back(makePoseShouldersCheck());
    list.push_back(makeExpressionEyesOpenCheck());
    list.push_back(makeExpressionMouthClosedCheck());
    return list;
}

} // namespace gp::checks
