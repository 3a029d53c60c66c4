// 教毕指〔2017〕99号, photo content: "不得添加边框" (no added border). A frame is a uniform strip
// along an edge that differs from the picture just inside it. Per side, the outermost strip must
// be uniform (90th percentile ΔE from its median within the profile's spread) and differ from a
// strip further in (at several depths up to the profile's scan depth) by at least the profile's
// step; a border is found when enough sides show it. The search is the context's addedFrame()
// (analysis/AddedFrame.h), which the background measures also use to look inside the frame.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class AddedBorderCheck : public Check {
public:
    std::string id() const override { return "added_content.border"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto& img = context.image();
        if (img.empty()) {
            return image::notApplicable(id(), "The file could not be decoded as an image.");
        }
        const auto& p = context.profile();
        const double minStep = p.number("added_content.min_border_step_delta_e");
        const int minSides = image::intValue(p, "added_content.min_border_sides");
        const int scan = image::intValue(p, "added_content.border_scan_px");
        const int strip = std::max(1, image::intValue(p, "added_content.border_strip_px"));
        if (img.cols <= 2 * scan + strip || img.rows <= 2 * scan + strip) {
            return image::notApplicable(id(), "The image is too small to look for a border.");
        }
        const auto& frame = context.addedFrame();
        CheckOutcome o;
        o.checkId = id();
        const int framed = frame.framedSides;
        double largestStep = 0;
        const char* names[] = {"top", "bottom", "left", "right"};
        for (std::size_t side = 0; side < 4; ++side) {
            if (frame.framed[side]) {
                largestStep = std::max(largestStep, frame.step[side]);
                o.overlay.push_back(image::box(frame.strip(static_cast<int>(side), img.size()),
                                               std::string(names[side]) + " border"));
            }
        }
        o.measures = {{"framed_sides", double(framed), ""}, {"border_step", largestStep, "ΔE"}};
        o.limit = "fewer than " + std::to_string(minSides) + " sides framed (step ≥ " +
                  image::fmt(minStep, 0) + " ΔE)";
        o.limitValues = {{"sides", double(minSides)}, {"step", minStep}};
        image::judge(o, framed < minSides, Verdict::Fail, "border_or_text");
        o.detail =
            std::to_string(framed) + " side(s) have a uniform strip unlike the picture inside.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeAddedBorderCheck() {
    return std::make_unique<AddedBorderCheck>();
}

} // namespace gp::checks
