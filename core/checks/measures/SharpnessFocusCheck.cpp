// 教毕指〔2017〕99号, photo content: "图像清晰" (a sharp image, no blur). Measure: the variance of
// the Laplacian over the face box after scaling the face to the profile's normalised width, so
// that a sharp small face and a sharp large face score alike and a soft face scores low.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class SharpnessFocusCheck : public Check {
public:
    std::string id() const override { return "sharpness.focus"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto face = image::mainFace(context);
        if (!face) {
            return image::notApplicable(id(), "No face found.");
        }
        const auto& p = context.profile();
        const double floor = p.number("sharpness.min_laplacian_variance");
        const double variance = image::focusMeasure(
            context.image(), *face, image::intValue(p, "sharpness.normalised_face_width_px"));
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"laplacian_variance", variance, ""}};
        o.limit = "≥ " + image::fmt(floor, 0);
        o.limitValues = {{"min", floor}};
        image::judge(o, variance >= floor, Verdict::Fail, "blurred");
        o.detail = "Laplacian variance on the face (normalised) " + image::fmt(variance) + ".";
        o.overlay.push_back(image::box(*face, "focus sample"));
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeSharpnessFocusCheck() {
    return std::make_unique<SharpnessFocusCheck>();
}

} // namespace gp::checks
