#include "ImageChecks.h"

namespace gp::checks {

CheckList imageChecks() {
    CheckList list;
    list.push_back(makeFileFormatCheck());
    list.push_back(makeFileExtensionCheck());
    list.push_back(makeFilePixelSizeCheck());
    list.push_back(makeFileColourCheck());
    list.push_back(makeFileDpiCheck());
    list.push_back(makeFileSizeCheck());
    list.push_back(makeFileJpegQualityCheck());
    list.push_back(makeBackgroundUniformCheck());
    list.push_back(makeBackgroundShadowCheck());
    list.push_back(makeBackgroundObjectsCheck());
    list.push_back(makeBackgroundColourCheck());
    list.push_back(makeLightingExposureCheck());
    list.push_back(makeLightingAsymmetryCheck());
    list.push_back(makeLightingHighlightsCheck());
    list.push_back(makeLightingColourCastCheck());
    list.push_back(makeSharpnessFocusCheck());
    list.push_back(makeClothingContrastCheck());
    list.push_back(makeAddedBorderCheck());
    list.push_back(makeAddedTextCheck());
    list.push_back(makeGlassesGlareCheck());
    list.push_back(makeTintedLensesCheck());
    list.push_back(makeHeadCoveringCheck());
    list.push_back(makeRetouchingCheck());
    list.push_back(makeRedEyeCheck());
    return list;
}

} // namespace gp::checks
