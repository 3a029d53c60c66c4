// 教毕指〔2017〕99号, photo content: "光线均匀，无阴阳脸" (even lighting, no half-dark face).
// Measure: the difference of mean CIE L* between the left and right halves of the central face
// region. Above lighting.warn_asymmetry a reviewer looks (side light a studio may accept);
// above lighting.max_asymmetry the face is half dark and the photo fails.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class LightingAsymmetryCheck : public Check {
public:
    std::string id() const override { return "lighting.asymmetry"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto face = image::mainFace(context);
        if (!face) {
            return image::notApplicable(id(), "No face found.");
        }
        const double warnDiff = context.profile().number("lighting.warn_asymmetry");
        const double maxDiff = context.profile().number("lighting.max_asymmetry");
        const auto inner = image::innerFace(*face);
        const cv::Rect left(inner.x, inner.y, inner.width / 2, inner.height);
        const cv::Rect right(inner.x + inner.width / 2, inner.y, inner.width - inner.width / 2,
                             inner.height);
        const auto& lab = context.labImage();
        const double l = cv::mean(lab(left))[0];
        const double r = cv::mean(lab(right))[0];
        const double diff = std::abs(l - r);
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"asymmetry", diff, "L*"}, {"left", l, "L*"}, {"right", r, "L*"}};
        o.limit = "≤ " + image::fmt(warnDiff) + " L* (fail above " + image::fmt(maxDiff) + ")";
        o.limitValues = {{"warn", warnDiff}, {"fail", maxDiff}};
        image::judge(o, diff <= warnDiff, diff > maxDiff ? Verdict::Fail : Verdict::Warn,
                     "uneven_lighting");
        o.detail = "The " + std::string(l < r ? "left" : "right") + " half of the face is " +
                   image::fmt(diff) + " L* darker.";
        o.overlay = {image::box(left, "left half"), image::box(right, "right half")};
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeLightingAsymmetryCheck() {
    return std::make_unique<LightingAsymmetryCheck>();
}

} // namespace gp::checks
