// The background colour of a portrait, sampled where the standard wants plain background: the
// top corners and the upper sides (教毕指〔2017〕99号: "背景…纯色，无渐变，无阴影，无其他人或物").
// Patches that are not themselves uniform (a pasted object, a door frame) are left out, so one
// busy corner does not spoil the model; with fewer than two agreeing uniform patches the
// background is "busy" and callers fall back to a geometric estimate.
#pragma once

#include <opencv2/core.hpp>

namespace gp::checks::analysis {

struct BackgroundModel {
    cv::Vec3f colour;     ///< BGR
    float tolerance = 0;  ///< max per-channel difference still counted as background
    bool uniform = false; ///< enough agreeing plain patches were found
    bool matches(const cv::Vec3b& px) const;
};

BackgroundModel sampleBackground(const cv::Mat& bgr);

} // namespace gp::checks::analysis
