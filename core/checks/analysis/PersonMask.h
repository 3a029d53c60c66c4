// Person (head, hair, neck, shoulders, clothes) against background, for the checks that look at
// the outline: shoulders level (教毕指〔2017〕99号 "双肩平齐") and, for other checks, where the
// backdrop is.
//
// Method (on a copy whose long side is at most 200 px, so it costs about a millisecond; the
// result is scaled back to full size): on a plain backdrop (BackgroundModel) every pixel farther
// from the backdrop colour than its tolerance is foreground, the backdrop colour being followed
// row by row at the image's side edges so a gradual studio vignette stays background; small specks
// are opened away, gaps closed, only the blobs touching the face box or the body area under it are
// kept, and holes inside the person (a white shirt on a white backdrop) are filled. On a busy
// backdrop it falls back to a geometric person: an ellipse over the head (face box widened, up to
// the head top) and a trapezoid-like block for neck and shoulders under it. Without a face the busy
// case is empty.
#pragma once

#include <opencv2/core.hpp>
#include <optional>

namespace gp::checks::analysis {

cv::Mat estimatePersonMask(const cv::Mat& bgr, const std::optional<cv::Rect>& face,
                           std::optional<int> headTop);

} // namespace gp::checks::analysis
