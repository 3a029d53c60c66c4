// 教毕指〔2017〕99号, photo content: "光线均匀…曝光正常" — the face neither too dark
// (underexposed) nor washed out (overexposed). Measure: mean CIE L* over the central part of the
// face box (eyes, cheeks, nose, mouth), held to the profile's band.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class LightingExposureCheck : public Check {
public:
    std::string id() const override { return "lighting.exposure"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto face = image::mainFace(context);
        if (!face) {
            return image::notApplicable(id(), "No face found.");
        }
        const auto band = context.profile().band("lighting.face_luminance_l");
        const auto inner = image::innerFace(*face);
        const double l = cv::mean(context.labImage()(inner))[0];
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"face_luminance", l, "L*"}};
        o.limit = image::fmt(band.min, 0) + "–" + image::fmt(band.max, 0) + " L*";
        o.limitValues = {{"min", band.min}, {"max", band.max}};
        image::judge(o, band.contains(l), Verdict::Fail,
                     l < band.min ? "underexposed" : "overexposed");
        o.detail = "Mean face lightness " + image::fmt(l) + " L*.";
        o.overlay.push_back(image::box(inner, "face sample"));
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeLightingExposureCheck() {
    return std::make_unique<LightingExposureCheck>();
}

} // namespace gp::checks
