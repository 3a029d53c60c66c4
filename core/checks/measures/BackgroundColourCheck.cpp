// 教毕指〔2017〕99号, photo content: background colour light blue RGB(100,197,255), white or light
// grey RGB(240,240,240). The median CIE Lab colour of the background (away from the person and
// the edges) is compared with each of the profile's colours; the nearest must be within the
// profile's ΔE (CIE76) tolerance.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <limits>

namespace gp::checks {
namespace {

class BackgroundColourCheck : public Check {
public:
    std::string id() const override { return "background.colour"; }
    CheckOutcome run(CheckContext& context) const override {
        if (!image::hasPersonMask(context)) {
            return image::notApplicable(id(), "No person mask to tell the background apart.");
        }
        const auto& p = context.profile();
        if (p.backgroundColours().empty()) {
            return image::notApplicable(id(), "The profile names no background colour.");
        }
        const auto region =
            image::backgroundRegion(context, image::intValue(p, "background.person_margin_px"),
                                    image::intValue(p, "background.edge_margin_px"));
        const auto median = image::medianOf(context.labImage(), region);
        if (!median) {
            return image::notApplicable(id(), "No background beside the person.");
        }
        const double tolerance = p.number("background.max_colour_delta_e");
        double best = std::numeric_limits<double>::max();
        const BackgroundColour* nearest = nullptr;
        for (const auto& c : p.backgroundColours()) {
            const double d = image::deltaE(*median, image::labOfRgb(c.r, c.g, c.b));
            if (d < best) {
                best = d;
                nearest = &c;
            }
        }
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"delta_e_" + nearest->id, best, "ΔE"},
                      {"background_l", (*median)[0], "L*"},
                      {"background_a", (*median)[1], "a*"},
                      {"background_b", (*median)[2], "b*"}};
        o.limit = "≤ " + image::fmt(tolerance) + " ΔE from a reference colour";
        o.limitValues = {{"max", tolerance},
                         {"nearest_zh_CN", 0, nearest->nameZh},
                         {"nearest_en", 0, nearest->nameEn}};
        image::judge(o, best <= tolerance, Verdict::Fail, "background_invalid");
        o.detail = "Nearest reference colour: " + nearest->nameEn + " (" + nearest->id + "), " +
                   image::fmt(best) + " ΔE away.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeBackgroundColourCheck() {
    return std::make_unique<BackgroundColourCheck>();
}

} // namespace gp::checks
