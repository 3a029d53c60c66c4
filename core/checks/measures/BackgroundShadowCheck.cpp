// 教毕指〔2017〕99号, photo content: "背景无阴影" (no shadow on the background). A shadow the
// person casts lies in a band along the head and shoulder outline. Per side (left and right of
// the person), the median L* of a band just outside the outline is compared with a band further
// out; the largest drop (nearer band darker) is held to the profile's limit. Comparing with the
// background nearby, not the whole background, keeps a vertical gradient from looking like one.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class BackgroundShadowCheck : public Check {
public:
    std::string id() const override { return "background.shadow"; }
    CheckOutcome run(CheckContext& context) const override {
        if (!image::hasPersonMask(context)) {
            return image::notApplicable(id(), "No person mask to find the outline.");
        }
        const auto& p = context.profile();
        const auto inner = p.band("background.shadow_inner_px");
        const auto outer = p.band("background.shadow_outer_px");
        const double maxDrop = p.number("background.max_shadow_drop_l");
        const auto& mask = context.personMask();
        const auto& dist = context.personDistance();
        const auto frame =
            image::pictureFrame(context, image::intValue(p, "background.edge_margin_px"));
        auto band = [&](const Band& b) {
            cv::Mat lo, hi, out;
            cv::compare(dist, b.min, lo, cv::CMP_GE);
            cv::compare(dist, b.max, hi, cv::CMP_LE);
            cv::bitwise_and(lo, hi, out);
            cv::bitwise_and(out, frame, out);
            return out;
        };
        const auto innerBand = band(inner);
        const auto outerBand = band(outer);
        const auto moments = cv::moments(mask, true);
        const int cx = static_cast<int>(moments.m10 / moments.m00);

        const auto& lab = context.labImage();
        cv::Mat lightness;
        cv::extractChannel(lab, lightness, 0);
        CheckOutcome o;
        o.checkId = id();
        double worst = 0;
        std::string worstSide = "none";
        const int minPixels = 100;
        for (const auto& [side, rect] :
             {std::pair{std::string("left"), cv::Rect(0, 0, cx, mask.rows)},
              std::pair{std::string("right"), cv::Rect(cx, 0, mask.cols - cx, mask.rows)}}) {
            if (rect.width <= 0) {
                continue;
            }
            const cv::Mat in = innerBand(rect), out = outerBand(rect);
            if (cv::countNonZero(in) < minPixels || cv::countNonZero(out) < minPixels) {
                continue;
            }
            // Medians, so that a little of the person the mask missed (a dark suit's edge) in
            // the near band does not pass for a shadow; a real shadow darkens most of it.
            const double drop = image::quantileOf(lightness(rect), out, 0.5) -
                                image::quantileOf(lightness(rect), in, 0.5);
            o.measures.push_back({side + "_drop", drop, "L*"});
            if (drop > worst) {
                worst = drop;
                worstSide = side;
            }
            o.overlay.push_back(image::box(cv::boundingRect(in) + rect.tl(), side + " near band"));
        }
        if (o.measures.empty()) {
            return image::notApplicable(id(), "Too little background along the person outline.");
        }
        o.measures.insert(o.measures.begin(), {"shadow_drop", worst, "L*"});
        o.limit = "≤ " + image::fmt(maxDrop) + " L* darker than the background further out";
        image::judge(o, worst <= maxDrop, Verdict::Fail, "background_shadow_objects");
        o.detail = "The background next to the person is " + image::fmt(worst) +
                   " L* darker on the " + worstSide + " side than further out.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeBackgroundShadowCheck() {
    return std::make_unique<BackgroundShadowCheck>();
}

} // namespace gp::checks
