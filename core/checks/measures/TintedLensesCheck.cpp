// 教毕指〔2017〕99号, photo content: "不得佩戴有色眼镜（含美瞳）" (no tinted lenses). Needs a human
// eye: WARN only. Measure: the mean L* of the lens boxes around both eyes divided by the median
// L* of the central face; tinted lenses make the ratio low.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class TintedLensesCheck : public Check {
public:
    std::string id() const override { return "human_eye.tinted_lenses"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto face = image::mainFace(context);
        const auto& landmarks = context.landmarks();
        if (!face || !landmarks) {
            return image::notApplicable(id(), "No face landmarks to find the eyes.");
        }
        const auto& p = context.profile();
        const auto& img = context.image();
        const double minRatio = p.number("human_eye.min_lens_to_skin_luminance");
        const auto skin = image::medianOf(context.labImage()(image::innerFace(*face)), cv::Mat());
        CheckOutcome o;
        o.checkId = id();
        double lensL = 0;
        int lenses = 0;
        for (const int first : {36, 42}) {
            const auto lens = image::eyeBox(
                image::eyeAt(*landmarks, first), p.number("human_eye.lens_box_width_ratio"),
                p.number("human_eye.lens_box_height_ratio"), img.size());
            if (lens.area() == 0) {
                continue;
            }
            lensL += cv::mean(context.labImage()(lens))[0];
            ++lenses;
            o.overlay.push_back(image::box(lens, "lens"));
        }
        if (lenses == 0 || (*skin)[0] <= 1.0) {
            return image::notApplicable(id(), "The eyes are outside the image.");
        }
        const double ratio = lensL / lenses / (*skin)[0];
        o.measures = {{"lens_to_skin_luminance", ratio, ""}};
        o.limit = "≥ " + image::fmt(minRatio, 2);
        o.limitValues = {{"min", minRatio}};
        image::judge(o, ratio >= minRatio, Verdict::Warn, "tinted_glasses");
        o.detail = "The eye areas are " + image::fmt(ratio * 100, 0) +
                   " % as light as the face; look for tinted lenses.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeTintedLensesCheck() {
    return std::make_unique<TintedLensesCheck>();
}

} // namespace gp::checks
