// 教毕指〔2017〕99号, photo content: "无红眼" (no red eye). Needs a human eye: WARN only. Measure:
// in a disc at each eye's centre (radius = the profile's share of the eye width), the share of
// red-dominant pixels (red ≥ the profile's ratio × max(green, blue) and not dark).
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class RedEyeCheck : public Check {
public:
    std::string id() const override { return "human_eye.red_eye"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto& img = context.image();
        const auto& landmarks = context.landmarks();
        if (img.empty() || !landmarks) {
            return image::notApplicable(id(), "No landmarks to find the eyes.");
        }
        const auto& p = context.profile();
        const double radiusRatio = p.number("human_eye.pupil_radius_ratio");
        const double redRatio = p.number("human_eye.red_ratio");
        const double maxPct = p.number("human_eye.max_red_pupil_pct");
        const double minRed = p.number("human_eye.min_red_level");
        CheckOutcome o;
        o.checkId = id();
        double worst = 0;
        for (const int first : {36, 42}) {
            const auto eye = image::eyeAt(*landmarks, first);
            const int radius = std::max(1, static_cast<int>(eye.width * radiusRatio));
            const cv::Point c(static_cast<int>(eye.centre.x), static_cast<int>(eye.centre.y));
            int total = 0, red = 0;
            for (int y = c.y - radius; y <= c.y + radius; ++y) {
                for (int x = c.x - radius; x <= c.x + radius; ++x) {
                    if (x < 0 || y < 0 || x >= img.cols || y >= img.rows ||
                        (x - c.x) * (x - c.x) + (y - c.y) * (y - c.y) > radius * radius) {
                        continue;
                    }
                    const auto& px = img.at<cv::Vec3b>(y, x);
                    ++total;
                    if (px[2] >= minRed && px[2] >= redRatio * std::max(px[0], px[1])) {
                        ++red;
                    }
                }
            }
            if (total > 0) {
                worst = std::max(worst, 100.0 * red / total);
            }
            o.overlay.push_back(image::point(c, "pupil"));
        }
        o.measures = {{"red_pupil", worst, "%"}};
        o.limit = "≤ " + image::fmt(maxPct, 0) + " % of a pupil red";
        o.limitValues = {{"max", maxPct}};
        image::judge(o, worst <= maxPct, Verdict::Warn, "red_eye");
        o.detail = image::fmt(worst, 0) + " % of a pupil is red; look for red eye.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeRedEyeCheck() {
    return std::make_unique<RedEyeCheck>();
}

} // namespace gp::checks
