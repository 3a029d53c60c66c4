// The background colour of a portrait, sampled where the standard wants plain background: the
// top corners and the upper sides (教毕指〔2017〕99号: "背景…纯色，无渐变，无阴影，无其他人或物").
// Patches that are not themselves uniform (a pasted object, a door frame) are left out, so one
// busy corner does not spoil the model; with fewer than two agreeing uniform patches the
// background is "busy" and callers fall back to a geometric estimate.
// A backdrop lit from one side changes smoothly from left to right: when more plain patches
// lie on one straight line across the width (at least three, the middle one among them) than
// agree on one colour, the model keeps that side-to-side trend, so the backdrop is still found
// (and background.uniform, not the mask, judges the gradient). The trend must keep the
// backdrop's chromaticity (light, not colour, changing across it).
#pragma once

#include <opencv2/core.hpp>

namespace gp::checks::analysis {

struct BackgroundModel {
    cv::Vec3f colour;         ///< BGR, at the middle of the width
    cv::Vec3f slope{0, 0, 0}; ///< BGR change from the left edge to the right edge
    float tolerance = 0;      ///< max per-channel difference still counted as background
    bool uniform = false;     ///< enough agreeing plain patches were found
    /// The backdrop's colour at `t` across the width (0 the left edge, 1 the right edge).
    cv::Vec3f colourAt(double t) const;
    bool matches(const cv::Vec3b& px, double t) const;
};

BackgroundModel sampleBackground(const cv::Mat& bgr);

} // namespace gp::checks::analysis
