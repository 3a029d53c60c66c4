// CIE Lab of an 8-bit BGR picture, as the colour checks measure it (ΔE between backdrop,
// clothes, face and the profile's reference colours).
//
// OpenCV's 8-bit conversion (table-driven, about eight times faster than the float one on a
// 480×640 photo) rescaled to the usual units: L 0–100, a and b about −128…127. Its rounding to
// 8 bits moves a value by at most about 0.5 (L) and 1 (a, b) ΔE units, far below every colour
// threshold in the profiles (the smallest is 6 ΔE).
#pragma once

#include <opencv2/core.hpp>

namespace gp::checks::analysis {

/// CV_32FC3 Lab of a CV_8UC3 BGR image; empty for an empty image.
cv::Mat labOf(const cv::Mat& bgr);

} // namespace gp::checks::analysis
