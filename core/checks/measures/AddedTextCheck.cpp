// 教毕指〔2017〕99号, photo content: "不得添加文字、图案" (no added text or watermark). Step 1: the
// morphological gradient of the grey image marks strokes (gradient ≥ the profile's level) in
// the background away from the person. Step 2: a horizontal closing joins letters into words.
// Step 3: a word is a blob of text height (profile band) at least the profile's aspect ratio
// wide and narrower than half the image; more such blobs than allowed fail. Borders and object
// outlines fail the shape test and are left to their own checks.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class AddedTextCheck : public Check {
public:
    std::string id() const override { return "added_content.text"; }
    CheckOutcome run(CheckContext& context) const override {
        if (!image::hasPersonMask(context)) {
            return image::notApplicable(id(), "No person mask to tell the background apart.");
        }
        const auto& p = context.profile();
        const double minGradient = p.number("added_content.text_min_gradient");
        const auto height = p.band("added_content.text_height_px");
        const double minAspect = p.number("added_content.text_min_aspect");
        const int maxBlobs = image::intValue(p, "added_content.max_text_blobs");
        const auto& img = context.image();
        const auto region =
            image::backgroundRegion(context, image::intValue(p, "background.person_margin_px"), 0);

        cv::Mat grey, gradient, strokes, words;
        cv::cvtColor(img, grey, cv::COLOR_BGR2GRAY);
        cv::morphologyEx(grey, gradient, cv::MORPH_GRADIENT,
                         cv::getStructuringElement(cv::MORPH_ELLIPSE, {3, 3}));
        cv::compare(gradient, minGradient, strokes, cv::CMP_GE);
        cv::bitwise_and(strokes, region, strokes);
        cv::morphologyEx(strokes, words, cv::MORPH_CLOSE,
                         cv::getStructuringElement(cv::MORPH_RECT, {11, 3}));

        cv::Mat labels, stats, centroids;
        const int n = cv::connectedComponentsWithStats(words, labels, stats, centroids, 8);
        CheckOutcome o;
        o.checkId = id();
        int found = 0;
        for (int i = 1; i < n; ++i) {
            const cv::Rect r(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                             stats.at<int>(i, cv::CC_STAT_WIDTH),
                             stats.at<int>(i, cv::CC_STAT_HEIGHT));
            if (height.contains(r.height) && r.width >= minAspect * r.height &&
                r.width <= img.cols / 2) {
                ++found;
                o.overlay.push_back(image::box(r, "text"));
            }
        }
        o.measures = {{"text_blobs", double(found), ""}};
        o.limit = "≤ " + std::to_string(maxBlobs) + " text-like blobs";
        o.limitValues = {{"max", double(maxBlobs)}};
        image::judge(o, found <= maxBlobs, Verdict::Fail, "border_or_text");
        o.detail = std::to_string(found) + " text-like blob(s) in the background.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeAddedTextCheck() {
    return std::make_unique<AddedTextCheck>();
}

} // namespace gp::checks
