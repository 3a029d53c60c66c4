// Portraits made from the faces of the sample photos. A face is cut out of its group photo once
// (levelled — never warped: a turned head stays turned, and the builder leaves out the faces
// the checks would fail — head and hair separated from the party behind it with OpenCV's GrabCut,
// started from the landmarks), then framed as often as needed: scaled and placed in a 480×640 photo
// the way 教毕指〔2017〕99号 wants (eyes 200–300 px, crown 50–110 px from the top, face about 205
// px wide), in front of a plain backdrop, above drawn shoulders in a dark jacket — or placed wrong
// on purpose, which is how the demo plants the mistakes students make.
#pragma once

#include "SampleFaces.h"

#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace gp::demo {

struct HeadCutout {
    std::string label; ///< the sample face it came from
    cv::Mat original;  ///< the levelled crop of the group photo, party and all
    cv::Mat alpha;     ///< CV_32F, 1 on the head and neck, 0 elsewhere, soft at the edge
    checks::Landmarks landmarks{}; ///< in crop coordinates
    cv::Point2f eyes;              ///< midpoint of the eye centres
    double faceWidth = 0;          ///< jaw end to jaw end
    double crown = 0;              ///< y of the top of the hair in the crop
};

HeadCutout cutOutHead(const SampleFace& face);

/// What differs between two students' photos besides the face: where the photographer put
/// them, the backdrop (one of the profile's three) and the jacket.
struct Variation {
    double dx = 0;       ///< px
    double dy = 0;       ///< px
    double scale = 1;    ///< × the compliant size
    int backdrop = 0;    ///< 0 light blue, 1 white, 2 light grey (the profile's three)
    int jacket = 0;      ///< 0 charcoal, 1 black, 2 dark brown
    bool mirror = false; ///< the photo flipped left to right (another sitting of the same face)
};

/// Where and how one person sits in the frame.
struct Sitter {
    const HeadCutout* head = nullptr;
    double scale = 1.0; ///< × the scale that makes the face 205 px wide
    double dx = 0;      ///< px right of centred
    double dy = 0;      ///< px below the compliant position
    double rotate = 0;  ///< head tilt, degrees, counter-clockwise (shoulders stay level)
    cv::Scalar clothing{58, 52, 50}; ///< BGR of the jacket
};

struct Scene {
    std::vector<Sitter> sitters;          ///< drawn in order, the last in front
    cv::Scalar background{255, 197, 100}; ///< BGR; RGB(100,197,255) light blue by default
    bool keepOriginalBackground = false;  ///< the first sitter's party as the background
    cv::Size size{480, 640};
};

/// The photo, 8-bit BGR of scene.size.
cv::Mat framePortrait(const Scene& scene);

/// One camera for the pasted head and the drawn body: a mild softening and sharpening over the
/// whole photo, then a sensor's fine grain (σ about 1.5 levels, mostly in brightness, so the
/// backdrop stays uniform); the same seed, the same grain.
void photograph(cv::Mat& photo, std::uint64_t seed);

/// Where the first sitter's face ended up (its landmark box), e.g. to darken half of it.
cv::Rect placedFaceBox(const Scene& scene);

} // namespace gp::demo
