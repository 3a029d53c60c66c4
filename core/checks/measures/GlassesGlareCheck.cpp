// 教毕指〔2017〕99号, photo content: "眼镜…镜片不得反光" (no reflection on the lenses). Needs a
// human eye: WARN only. Measure: the share of clipped-white pixels (grey ≥ the profile's level)
// in a lens-sized box around each eye (landmarks 36–41 and 42–47); the larger share is held to
// the profile's limit.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class GlassesGlareCheck : public Check {
public:
    std::string id() const override { return "human_eye.glasses_glare"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto& img = context.image();
        const auto& landmarks = context.landmarks();
        if (img.empty() || !landmarks) {
            return image::notApplicable(id(), "No landmarks to find the eyes.");
        }
        const auto& p = context.profile();
        const double level = p.number("human_eye.glare_level");
        const double maxPct = p.number("human_eye.max_glare_pct");
        CheckOutcome o;
        o.checkId = id();
        double worst = 0;
        for (const int first : {36, 42}) {
            const auto lens = image::eyeBox(
                image::eyeAt(*landmarks, first), p.number("human_eye.lens_box_width_ratio"),
                p.number("human_eye.lens_box_height_ratio"), img.size());
            if (lens.area() == 0) {
                continue;
            }
            cv::Mat grey, bright;
            cv::cvtColor(img(lens), grey, cv::COLOR_BGR2GRAY);
            cv::compare(grey, level, bright, cv::CMP_GE);
            worst = std::max(worst, 100.0 * cv::countNonZero(bright) / double(lens.area()));
            o.overlay.push_back(image::box(lens, "lens"));
        }
        o.measures = {{"glare", worst, "%"}};
        o.limit = "≤ " + image::fmt(maxPct) + " % of a lens at grey ≥ " + image::fmt(level, 0);
        o.limitValues = {{"max", maxPct}, {"level", level}};
        image::judge(o, worst <= maxPct, Verdict::Warn, "glasses_glare");
        o.detail = image::fmt(worst, 2) + " % of a lens area is clipped white; look for glare.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeGlassesGlareCheck() {
    return std::make_unique<GlassesGlareCheck>();
}

} // namespace gp::checks
