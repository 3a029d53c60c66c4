// 教毕指〔2017〕99号, photo content: "背景颜色均匀，无渐变" (a uniform background, no gradient).
// Step 1: the background is everything outside the person mask, kept a margin away from the
// person (where shadows are: background.shadow) and from the edges (borders: added_content).
// Step 2: it is cut into a grid; cells mostly background (beside and above the head) are used.
// Step 3: spread — the 75th percentile of ΔE from the cell's median colour (robust to a small
// object or text, which have their own checks); gradient — the largest ΔE between cell medians.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class BackgroundUniformCheck : public Check {
public:
    std::string id() const override { return "background.uniform"; }
    CheckOutcome run(CheckContext& context) const override {
        if (!image::hasPersonMask(context)) {
            return image::notApplicable(id(), "No person mask to tell the background apart.");
        }
        const auto& p = context.profile();
        const auto region =
            image::backgroundRegion(context, image::intValue(p, "background.person_margin_px"),
                                    image::intValue(p, "background.edge_margin_px"));
        const int cells = std::max(1, image::intValue(p, "background.grid_cells"));
        const double minShare = p.number("background.min_cell_background_pct") / 100.0;
        const double maxSpread = p.number("background.max_cell_spread_delta_e");
        const double maxGradient = p.number("background.max_gradient_delta_e");

        const auto& lab = context.labImage();
        CheckOutcome o;
        o.checkId = id();
        std::vector<cv::Vec3f> medians;
        double spread = 0;
        for (int gy = 0; gy < cells; ++gy) {
            for (int gx = 0; gx < cells; ++gx) {
                const cv::Rect cell(gx * lab.cols / cells, gy * lab.rows / cells,
                                    (gx + 1) * lab.cols / cells - gx * lab.cols / cells,
                                    (gy + 1) * lab.rows / cells - gy * lab.rows / cells);
                const cv::Mat m = region(cell);
                if (cv::countNonZero(m) < minShare * cell.area()) {
                    continue;
                }
                const auto median = image::medianOf(lab(cell), m);
                cv::Mat diff = lab(cell) - cv::Scalar((*median)[0], (*median)[1], (*median)[2]);
                std::vector<cv::Mat> ch;
                cv::split(diff, ch);
                cv::Mat d = ch[0].mul(ch[0]) + ch[1].mul(ch[1]) + ch[2].mul(ch[2]);
                cv::sqrt(d, d);
                spread = std::max(spread, image::quantileOf(d, m, 0.75));
                medians.push_back(*median);
                o.overlay.push_back(image::box(cell, "background sample"));
            }
        }
        if (medians.size() < 2) {
            return image::notApplicable(id(), "Too little background beside the person.");
        }
        double gradient = 0;
        for (std::size_t i = 0; i < medians.size(); ++i) {
            for (std::size_t j = i + 1; j < medians.size(); ++j) {
                gradient = std::max(gradient, image::deltaE(medians[i], medians[j]));
            }
        }
        o.measures = {{"spread", spread, "ΔE"},
                      {"gradient", gradient, "ΔE"},
                      {"cells", double(medians.size()), ""}};
        o.limit = "spread ≤ " + image::fmt(maxSpread) + " ΔE, gradient ≤ " +
                  image::fmt(maxGradient) + " ΔE";
        o.limitValues = {{"max_spread", maxSpread}, {"max_gradient", maxGradient}};
        image::judge(o, spread <= maxSpread && gradient <= maxGradient, Verdict::Fail,
                     "background_invalid");
        o.detail = "Background spread " + image::fmt(spread) + " ΔE and gradient " +
                   image::fmt(gradient) + " ΔE over " + std::to_string(medians.size()) + " cells.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeBackgroundUniformCheck() {
    return std::make_unique<BackgroundUniformCheck>();
}

} // namespace gp::checks
