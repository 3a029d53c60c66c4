// The drawn neck and shoulders under a pasted head in the demo portraits: a tapered neck shaded
// from the face's own skin colour with the jaw's shadow on it, and a jacket with rounded
// shoulders, lapels and folds over a white shirt, lit from the upper left, with soft edges — so
// that the body reads as photographed rather than cut out of paper.
#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace gp::demo {

/// Where the body goes, in frame pixels, worked out from the placed face.
struct BodyFrame {
    cv::Point2f chin;             ///< the placed chin (landmark 8)
    std::vector<cv::Point2f> jaw; ///< the placed jaw line (landmarks 2–14), for its shadow
    double centreX = 0;           ///< under the middle of the face
    double faceHeight = 0;        ///< brows to chin, px
    double faceWidth = 0;         ///< the face's framed width, px: the body's unit
};

/// Draws neck, shirt and jacket (of `clothing`, BGR, its mean colour) onto canvas (8-bit BGR).
void drawBody(cv::Mat& canvas, const BodyFrame& f, const cv::Scalar& skin,
              const cv::Scalar& clothing);

} // namespace gp::demo
