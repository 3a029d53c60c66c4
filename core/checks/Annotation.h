// The annotated picture a reviewer (or `check-file --annotate`) looks at: the photo with the
// profile's bands, the measured lines, the face box and landmarks, and the regions sampled,
// coloured by each check's verdict.
#pragma once

#include "PhotoVerdict.h"

#include <opencv2/core.hpp>

namespace gp::checks {

/// Draws every outcome's overlay on a copy of the image: green pass, amber warn, red fail.
cv::Mat annotate(const cv::Mat& image, const PhotoVerdict& verdict);

} // namespace gp::checks
