// The image-based checks of 教毕指〔2017〕99号: the file (format, extension, pixel size, colour,
// dpi, size, JPEG quality), the background, the lighting, the focus, the clothing, added borders
// and text, and the findings that need a human eye (warnings only). One class per file.
#pragma once

#include "core/checks/Check.h"

#include <memory>

namespace gp::checks {

/// All image checks, in a stable order: file, background, lighting, sharpness, clothing,
/// added content, human eye.
CheckList imageChecks();

std::unique_ptr<Check> makeFileFormatCheck();
std::unique_ptr<Check> makeFileExtensionCheck();
std::unique_ptr<Check> makeFilePixelSizeCheck();
std::unique_ptr<Check> makeFileColourCheck();
std::unique_ptr<Check> makeFileDpiCheck();
std::unique_ptr<Check> makeFileSizeCheck();
std::unique_ptr<Check> makeFileJpegQualityCheck();
std::unique_ptr<Check> makeBackgroundUniformCheck();
std::unique_ptr<Check> makeBackgroundShadowCheck();
std::unique_ptr<Check> makeBackgroundObjectsCheck();
std::unique_ptr<Check> makeBackgroundColourCheck();
std::unique_ptr<Check> makeLightingExposureCheck();
std::unique_ptr<Check> makeLightingAsymmetryCheck();
std::unique_ptr<Check> makeLightingHighlightsCheck();
std::unique_ptr<Check> makeLightingColourCastCheck();
std::unique_ptr<Check> makeSharpnessFocusCheck();
std::unique_ptr<Check> makeClothingContrastCheck();
std::unique_ptr<Check> makeAddedBorderCheck();
std::unique_ptr<Check> makeAddedTextCheck();
std::unique_ptr<Check> makeGlassesGlareCheck();
std::unique_ptr<Check> makeTintedLensesCheck();
std::unique_ptr<Check> makeHeadCoveringCheck();
std::unique_ptr<Check> makeRetouchingCheck();
std::unique_ptr<Check> makeRedEyeCheck();

} // namespace gp::checks
