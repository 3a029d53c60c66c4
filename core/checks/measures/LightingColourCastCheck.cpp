// 教毕指〔2017〕99号, photo content: true colours, even lighting. A colour cast (green, blue or
// magenta light, a wrong white balance) moves skin away from its hue. Measure: the median CIE
// a*b* of the central face region; its hue angle must lie in the profile's skin band once its
// chroma is large enough to have a hue, and its chroma must stay under the profile's ceiling.
// A warning: make-up and skin tones vary, a reviewer confirms.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <cmath>
#include <numbers>

namespace gp::checks {
namespace {

class LightingColourCastCheck : public Check {
public:
    std::string id() const override { return "lighting.colour_cast"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto face = image::mainFace(context);
        if (!face) {
            return image::notApplicable(id(), "No face found.");
        }
        const auto& p = context.profile();
        const auto hueBand = p.band("lighting.face_hue_deg");
        const double minChroma = p.number("lighting.min_cast_chroma");
        const double maxChroma = p.number("lighting.max_face_chroma");
        const auto inner = image::innerFace(*face);
        const auto median = image::medianOf(context.labImage()(inner), cv::Mat());
        const double a = (*median)[1], b = (*median)[2];
        const double chroma = std::hypot(a, b);
        const double hue = std::atan2(b, a) * 180.0 / std::numbers::pi;
        const bool ok = chroma <= maxChroma && (chroma < minChroma || hueBand.contains(hue));
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"face_hue", hue, "°"}, {"face_chroma", chroma, "ΔE"}};
        o.limit = "hue " + image::fmt(hueBand.min, 0) + "–" + image::fmt(hueBand.max, 0) +
                  "° when chroma ≥ " + image::fmt(minChroma, 0) + ", chroma ≤ " +
                  image::fmt(maxChroma, 0);
        o.limitValues = {{"hue_min", hueBand.min},
                         {"hue_max", hueBand.max},
                         {"min_chroma", minChroma},
                         {"max_chroma", maxChroma}};
        image::judge(o, ok, Verdict::Warn, "colour_cast");
        o.detail =
            "Face skin hue " + image::fmt(hue, 0) + "° at chroma " + image::fmt(chroma) + ".";
        o.overlay.push_back(image::box(inner, "face sample"));
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeLightingColourCastCheck() {
    return std::make_unique<LightingColourCastCheck>();
}

} // namespace gp::checks
