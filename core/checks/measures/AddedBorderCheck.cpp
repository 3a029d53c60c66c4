// 教毕指〔2017〕99号, photo content: "不得添加边框" (no added border). A frame is a uniform strip
// along an edge that differs from the picture just inside it. Per side, the outermost strip must
// be uniform (90th percentile ΔE from its median within the profile's spread) and differ from a
// strip further in (at several depths up to the profile's scan depth) by at least the profile's
// step; a border is found when enough sides show it.
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
        const int strip = std::max(1, image::intValue(p, "added_content.border_strip_px"));
        const int scan = image::intValue(p, "added_content.border_scan_px");
        const double minStep = p.number("added_content.min_border_step_delta_e");
        const double maxSpread = p.number("added_content.max_border_line_spread");
        const int minSides = image::intValue(p, "added_content.min_border_sides");
        if (img.cols <= 2 * scan + strip || img.rows <= 2 * scan + strip) {
            return image::notApplicable(id(), "The image is too small to look for a border.");
        }
        const auto& lab = context.labImage();
        // A strip `depth` pixels in from a side.
        auto stripAt = [&](int side, int depth) {
            switch (side) {
            case 0:
                return cv::Rect(0, depth, img.cols, strip); // top
            case 1:
                return cv::Rect(0, img.rows - depth - strip, img.cols, strip); // bottom
            case 2:
                return cv::Rect(depth, 0, strip, img.rows); // left
            default:
                return cv::Rect(img.cols - depth - strip, 0, strip, img.rows); // right
            }
        };
        CheckOutcome o;
        o.checkId = id();
        int framed = 0;
        double largestStep = 0;
        const char* names[] = {"top", "bottom", "left", "right"};
        for (int side = 0; side < 4; ++side) {
            const auto outer = stripAt(side, 0);
            const auto outerMedian = *image::medianOf(lab(outer), cv::Mat());
            cv::Mat diff = lab(outer) - cv::Scalar(outerMedian[0], outerMedian[1], outerMedian[2]);
            std::vector<cv::Mat> ch;
            cv::split(diff, ch);
            cv::Mat d = ch[0].mul(ch[0]) + ch[1].mul(ch[1]) + ch[2].mul(ch[2]);
            cv::sqrt(d, d);
            const double spread = image::quantileOf(d, cv::Mat(), 0.9);
            double step = 0;
            for (int depth = 2 * strip; depth <= scan; depth += strip) {
                const auto inner = *image::medianOf(lab(stripAt(side, depth)), cv::Mat());
                step = std::max(step, image::deltaE(outerMedian, inner));
            }
            if (spread <= maxSpread && step >= minStep) {
                ++framed;
                largestStep = std::max(largestStep, step);
                o.overlay.push_back(image::box(outer, std::string(names[side]) + " border"));
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
