// 教毕指〔2017〕99号, photo content: "背景颜色均匀，无渐变" (a uniform background, no gradient).
// Step 1: the background is everything outside the person mask, kept a margin away from the
// person (where shadows are: background.shadow) and from the edges (borders: added_content).
// Step 2: it is cut into a grid; cells mostly background (beside and above the head) are used.
// Step 3: spread — the 75th percentile of ΔE from the cell's median colour (robust to a small
// object or text, which have their own checks); gradient — the largest ΔE between cell medians.
// Step 4: with a head and shoulders in the photo only the top row of cells is mostly backdrop,
// so a top-to-bottom gradient is also fitted over every backdrop pixel beside the head (see
// linearGradient), and its ΔE over the photo's height counts as gradient too; likewise a
// left-to-right gradient, fitted against the column over the backdrop beside and above the head.
// The backdrop is taken above the chin only (below it the mask may miss clothes of the backdrop's
// colour).
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

enum class Axis { Vertical, Horizontal };

/// The backdrop's change along one axis (top to bottom, or left to right): each Lab channel
/// fitted linearly against the row (or column) over the backdrop's pixels (every second row and
/// column), the slopes' ΔE over the span where backdrop is seen. Nothing (0) when the backdrop
/// spans less than minSpan of the photo along that axis, too little to extrapolate from.
double linearGradient(const cv::Mat& lab, const cv::Mat& region, double minSpan, Axis axis) {
    double n = 0, sp = 0, spp = 0;
    cv::Vec3d sc(0, 0, 0), spc(0, 0, 0);
    int first = -1, last = -1;
    for (int y = 0; y < lab.rows; y += 2) {
        const auto* m = region.ptr<uchar>(y);
        const auto* row = lab.ptr<cv::Vec3f>(y);
        for (int x = 0; x < lab.cols; x += 2) {
            if (m[x] == 0) {
                continue;
            }
            const int pos = axis == Axis::Vertical ? y : x;
            first = first < 0 ? pos : std::min(first, pos);
            last = std::max(last, pos);
            const cv::Vec3d c(row[x][0], row[x][1], row[x][2]);
            n += 1;
            sp += pos;
            spp += double(pos) * pos;
            sc += c;
            spc += c * double(pos);
        }
    }
    const int length = axis == Axis::Vertical ? lab.rows : lab.cols;
    if (n < 2 || last - first < minSpan * length) {
        return 0;
    }
    const double varP = spp / n - (sp / n) * (sp / n);
    if (varP <= 0) {
        return 0;
    }
    const cv::Vec3d slope = (spc / n - (sc / n) * (sp / n)) / varP;
    return cv::norm(slope) * (last - first);
}

class BackgroundUniformCheck : public Check {
public:
    std::string id() const override { return "background.uniform"; }
    CheckOutcome run(CheckContext& context) const override {
        if (!image::hasPersonMask(context)) {
            return image::notApplicable(id(), "No person mask to tell the background apart.");
        }
        const auto& p = context.profile();
        auto region =
            image::backgroundRegion(context, image::intValue(p, "background.person_margin_px"),
                                    image::intValue(p, "background.edge_margin_px"));
        // Above the chin only: below it, what the mask takes for backdrop may be clothes of the
        // backdrop's colour, which clothing.contrast judges.
        if (const auto& lm = context.landmarks()) {
            const int chin = std::clamp(static_cast<int>((*lm)[8].y), 0, region.rows);
            region.rowRange(chin, region.rows).setTo(0);
        }
        const int cells = std::max(1, image::intValue(p, "background.grid_cells"));
        const double minShare = p.number("background.min_cell_background_pct") / 100.0;
        const double maxSpread = p.number("background.max_cell_spread_delta_e");
        const double maxGradient = p.number("background.max_gradient_delta_e");
        const double minSpan = p.number("background.min_gradient_span_pct") / 100.0;

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
        const auto largestDifference = [](const std::vector<cv::Vec3f>& colours) {
            double largest = 0;
            for (std::size_t i = 0; i < colours.size(); ++i) {
                for (std::size_t j = i + 1; j < colours.size(); ++j) {
                    largest = std::max(largest, image::deltaE(colours[i], colours[j]));
                }
            }
            return largest;
        };
        const double vertical = linearGradient(lab, region, minSpan, Axis::Vertical);
        const double horizontal = linearGradient(lab, region, minSpan, Axis::Horizontal);
        const double gradient = std::max({largestDifference(medians), vertical, horizontal});
        o.measures = {{"spread", spread, "ΔE"},
                      {"gradient", gradient, "ΔE"},
                      {"vertical_gradient", vertical, "ΔE"},
                      {"horizontal_gradient", horizontal, "ΔE"},
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
