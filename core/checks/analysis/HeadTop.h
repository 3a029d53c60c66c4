// The top of the head (crown, or hairline for short hair), for 教毕指〔2017〕99号's
// "头顶距照片上边缘 50–110 像素". Found from the image, not guessed from the face box.
//
// Method: the backdrop colour is sampled from the top corners and upper sides
// (BackgroundModel). Columns across the middle half of the face (between the brows) are walked
// upward from the brow line; a column's top is the row above which the pixels match the backdrop
// for a run of several consecutive rows (so a stray light hair or JPEG ringing does not end the
// head). The head top is the crown: a low percentile of the column tops, so one odd column
// neither raises nor lowers it. A column that never meets the backdrop ends at row 0 (the head is
// cut by the top edge). On a busy backdrop (no plain patches) it falls back to the brow line
// raised by 0.8 × the brow-to-chin height, the adult head proportion.
#pragma once

#include "core/checks/CheckContext.h"

#include <optional>

namespace gp::checks::analysis {

std::optional<int> findHeadTop(const cv::Mat& bgr, const Landmarks& landmarks);

} // namespace gp::checks::analysis
