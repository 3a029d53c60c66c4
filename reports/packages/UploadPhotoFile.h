// The file the upload package carries for one approved photo, judged by the profile's own file
// checks (core/checks: format, pixel size, colour, JPEG quality, dpi, file size):
// - every rule met: the original, byte for byte;
// - only the dpi missing or wrong: the original with its JFIF density set (image data unchanged);
// - only the file size outside the band: the same pixels re-encoded at the highest quality
//   (at least the profile's minimum) that brings it into the band;
// - stored sideways with an EXIF orientation (a phone's way): the upright pixels, re-encoded
//   into the band the same way, so that the file is 480×640 for readers that ignore EXIF;
// - anything else (not JPEG, wrong pixel size, not colour, quality too low, a size no quality
//   can reach): refused with the reason, for the problems sheet. Never resized or cropped.
#pragma once

#include "core/checks/PhotoProfile.h"

#include <string>

namespace gp::reports {

struct UploadPhotoFile {
    enum class Handling { Copied, DpiMarked, Reencoded, Uprighted, Refused };
    Handling handling = Handling::Refused;
    std::string bytes; ///< what goes into the zip; empty when refused
    int quality = 0;   ///< the quality re-encoded at
    /// When refused: not_jpeg, undecodable, wrong_pixel_size, not_colour, low_quality,
    /// size_unreachable (message keys of templates/reports/upload-package.json).
    std::string problemCode;
    std::string detail; ///< the measured value, e.g. "640×480" or "52.3 KB"
};

/// exifOrientation: the stored file's EXIF orientation (PhotoVersion::image), 1 = as stored.
UploadPhotoFile prepareUploadFile(std::string original, const checks::PhotoProfile& profile,
                                  int maxQuality, int exifOrientation = 1);

} // namespace gp::reports
