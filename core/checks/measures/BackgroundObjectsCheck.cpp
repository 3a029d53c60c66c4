// 教毕指〔2017〕99号, photo content: "背景无其他人或物" (no other person or object). Step 1: the
// background away from the person and the edges (as background.uniform). Step 2: each pixel's
// ΔE from the local background colour (a wide masked box average, so a gradient is not an
// object), at half resolution. Step 3: pixels beyond the profile's ΔE form blobs; the largest
// blob's area, as a share of the image, is held to the limit. Blobs as small as letters are
// left to added_content.text.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class BackgroundObjectsCheck : public Check {
public:
    std::string id() const override { return "background.objects"; }
    CheckOutcome run(CheckContext& context) const override {
        if (!image::hasPersonMask(context)) {
            return image::notApplicable(id(), "No person mask to tell the background apart.");
        }
        const auto& p = context.profile();
        const auto fullRegion =
            image::backgroundRegion(context, image::intValue(p, "background.person_margin_px"),
                                    image::intValue(p, "background.edge_margin_px"));
        if (cv::countNonZero(fullRegion) == 0) {
            return image::notApplicable(id(), "No background beside the person.");
        }
        // Measured at half resolution: 4× cheaper, and areas are shares of the image.
        const int window = (image::intValue(p, "background.object_window_px") / 2) | 1;
        const double minDelta = p.number("background.object_min_delta_e");
        const double maxArea = p.number("background.max_object_area_pct");

        cv::Mat half, region;
        cv::resize(context.image(), half, {}, 0.5, 0.5, cv::INTER_AREA);
        cv::resize(fullRegion, region, half.size(), 0, 0, cv::INTER_NEAREST);
        const auto lab = image::toLab(half);
        cv::Mat weight, masked, sum, count;
        region.convertTo(weight, CV_32F, 1.0 / 255.0);
        lab.copyTo(masked, region);
        cv::blur(masked, sum, {window, window});
        cv::blur(weight, count, {window, window});
        cv::Mat count3;
        cv::merge(std::vector<cv::Mat>{count, count, count}, count3);
        cv::Mat reference = sum / (count3 + 1e-6);
        std::vector<cv::Mat> ch;
        cv::split(lab - reference, ch);
        cv::Mat delta = ch[0].mul(ch[0]) + ch[1].mul(ch[1]) + ch[2].mul(ch[2]);
        cv::sqrt(delta, delta);
        cv::Mat blobs;
        cv::compare(delta, minDelta, blobs, cv::CMP_GT);
        cv::bitwise_and(blobs, region, blobs);

        cv::Mat labels, stats, centroids;
        const int n = cv::connectedComponentsWithStats(blobs, labels, stats, centroids, 8);
        int largest = 0;
        CheckOutcome o;
        o.checkId = id();
        const double imageArea = double(lab.total());
        for (int i = 1; i < n; ++i) {
            const int area = stats.at<int>(i, cv::CC_STAT_AREA);
            largest = std::max(largest, area);
            if (100.0 * area / imageArea > maxArea) {
                o.overlay.push_back(image::box({2 * stats.at<int>(i, cv::CC_STAT_LEFT),
                                                2 * stats.at<int>(i, cv::CC_STAT_TOP),
                                                2 * stats.at<int>(i, cv::CC_STAT_WIDTH),
                                                2 * stats.at<int>(i, cv::CC_STAT_HEIGHT)},
                                               "object"));
            }
        }
        const double pct = 100.0 * largest / imageArea;
        o.measures = {{"largest_object", pct, "%"}};
        o.limit = "≤ " + image::fmt(maxArea, 2) + " % of the image differing by > " +
                  image::fmt(minDelta, 0) + " ΔE";
        o.limitValues = {{"max", maxArea}, {"delta", minDelta}};
        image::judge(o, pct <= maxArea, Verdict::Fail, "background_shadow_objects");
        o.detail =
            "The largest thing in the background covers " + image::fmt(pct, 2) + " % of the image.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeBackgroundObjectsCheck() {
    return std::make_unique<BackgroundObjectsCheck>();
}

} // namespace gp::checks
