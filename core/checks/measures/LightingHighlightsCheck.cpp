// 教毕指〔2017〕99号, photo content: "无明显或不对称的高光、光斑" (no visible highlights or spots).
// Measure: the share of pixels in the central face region whose grey level is clipped (at or
// above the profile's clip level). A warning: a reviewer judges whether it is a real hot spot.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class LightingHighlightsCheck : public Check {
public:
    std::string id() const override { return "lighting.highlights"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto face = image::mainFace(context);
        if (!face) {
            return image::notApplicable(id(), "No face found.");
        }
        const auto& p = context.profile();
        const double level = p.number("lighting.clip_level");
        const double maxPct = p.number("lighting.max_clipped_pct");
        const auto inner = image::innerFace(*face);
        cv::Mat grey, clipped;
        cv::cvtColor(context.image()(inner), grey, cv::COLOR_BGR2GRAY);
        cv::compare(grey, level, clipped, cv::CMP_GE);
        const double pct = 100.0 * cv::countNonZero(clipped) / double(inner.area());
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"clipped", pct, "%"}};
        o.limit = "≤ " + image::fmt(maxPct) + " % of the face at grey ≥ " + image::fmt(level, 0);
        o.limitValues = {{"max", maxPct}, {"level", level}};
        image::judge(o, pct <= maxPct, Verdict::Warn, "overexposed");
        o.detail = image::fmt(pct, 2) + " % of the face is clipped white.";
        o.overlay.push_back(image::box(inner, "face sample"));
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeLightingHighlightsCheck() {
    return std::make_unique<LightingHighlightsCheck>();
}

} // namespace gp::checks
