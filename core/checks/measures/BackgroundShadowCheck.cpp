// 教毕指〔2017〕99号, photo content: "背景无阴影" (no shadow on the background). A shadow the
// person casts lies in a band along the head and shoulder outline. Per side (left and right of
// the person) and per stretch of rows (background.shadow_segment_share of the height: the head's
// rows and the shoulders' rows), a quantile (background.shadow_near_quantile) of the L* of a band
// just outside the outline is compared with the median of a band further out in the same rows
// (across the whole width where the person leaves no room for one on that side); the largest
// drop (nearer band darker) is held to the profile's limit. Comparing with the background in the
// same rows, not the whole background, keeps a vertical gradient from looking like one.
// A shadow dark enough to matter differs from the backdrop by more than the person mask's
// tolerance, so the mask takes it for person: first, the rim of the mask (up to the near band's
// outer limit inside its edge) is searched for the backdrop's own colour darkened — the same
// chromaticity (within background.shadow_chromaticity_tolerance) at a brightness ratio from
// background.shadow_brightness_ratio's min up — and what is found there is given back to the
// background before the bands are measured. Dark hair and clothes are far darker than the
// ratio's floor; skin and coloured clothes have another chromaticity.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <optional>

namespace gp::checks {
namespace {

/// The distance from the person once shadow-like pixels on the mask's rim are given back to the
/// background (see the header); the context's own distance when there are none. `refined` is
/// the mask without them, or empty.
constexpr int minShadowPixels = 100;

cv::Mat shadowFreeDistance(CheckContext& context, cv::Mat& refined) {
    const auto& p = context.profile();
    const auto& img = context.image();
    const auto& mask = context.personMask();
    const double tolerance = p.number("background.shadow_chromaticity_tolerance");
    const auto ratio = p.band("background.shadow_brightness_ratio");
    const auto rimPx = static_cast<float>(p.band("background.shadow_inner_px").max);
    const auto background =
        image::backgroundRegion(context, image::intValue(p, "background.person_margin_px"),
                                image::intValue(p, "background.edge_margin_px"));
    if (cv::countNonZero(background) == 0) {
        return context.personDistance();
    }
    // The backdrop's colour (BGR mean over the background) and its chromaticity.
    const cv::Scalar median = cv::mean(img, background);
    const double sumBg = median[0] + median[1] + median[2];
    if (sumBg <= 0) {
        return context.personDistance();
    }
    const cv::Vec3d chromaBg(median[0] / sumBg, median[1] / sumBg, median[2] / sumBg);
    // Distance inside the mask from its edge, at half resolution (a quarter of the cost; the
    // rim is 24 px wide).
    cv::Mat halfMask, halfInside, inside;
    cv::resize(mask, halfMask, {}, 0.5, 0.5, cv::INTER_NEAREST);
    cv::distanceTransform(halfMask, halfInside, cv::DIST_L2, cv::DIST_MASK_3);
    cv::resize(halfInside, inside, mask.size(), 0, 0, cv::INTER_NEAREST);
    const float rim = rimPx / 2.0F;
    cv::Mat shadow = cv::Mat::zeros(mask.size(), CV_8UC1);
    for (int y = 0; y < img.rows; ++y) {
        const auto* px = img.ptr<cv::Vec3b>(y);
        const auto* d = inside.ptr<float>(y);
        const auto* m = mask.ptr<uchar>(y);
        auto* out = shadow.ptr<uchar>(y);
        for (int x = 0; x < img.cols; ++x) {
            if (m[x] == 0 || d[x] > rim) {
                continue;
            }
            const double sum = double(px[x][0]) + px[x][1] + px[x][2];
            // Up to the backdrop's own brightness: the faint edge of a shadow and the blend of
            // hair and backdrop along the outline go back to the background with it.
            const double r = sum / sumBg;
            if (r < ratio.min || r > 1.0 + (1.0 - ratio.max)) {
                continue;
            }
            const double dc = std::max({std::abs(px[x][0] / sum - chromaBg[0]),
                                        std::abs(px[x][1] / sum - chromaBg[1]),
                                        std::abs(px[x][2] / sum - chromaBg[2])});
            if (dc <= tolerance) {
                out[x] = 255;
            }
        }
    }
    cv::morphologyEx(shadow, shadow, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5)));
    // A few pixels (hair blending into the backdrop) change nothing the bands would see.
    if (cv::countNonZero(shadow) < minShadowPixels) {
        return context.personDistance();
    }
    refined = mask.clone();
    refined.setTo(0, shadow);
    // At half resolution (a quarter of the cost; the bands are 20 and 40 px wide).
    cv::Mat half, outside, distance, full;
    cv::resize(refined, half, {}, 0.5, 0.5, cv::INTER_NEAREST);
    cv::bitwise_not(half, outside);
    cv::distanceTransform(outside, distance, cv::DIST_L2, cv::DIST_MASK_3);
    cv::resize(distance, full, mask.size(), 0, 0, cv::INTER_LINEAR);
    return full * 2.0;
}

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
        cv::Mat refined;
        const cv::Mat dist = shadowFreeDistance(context, refined); // shares, does not copy
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
        const auto moments = cv::moments(refined.empty() ? mask : refined, true);
        const int cx = static_cast<int>(moments.m10 / moments.m00);

        const auto& lab = context.labImage();
        cv::Mat lightness;
        cv::extractChannel(lab, lightness, 0);
        CheckOutcome o;
        o.checkId = id();
        double worst = 0;
        std::string worstSide = "none";
        const int minPixels = 100;
        const int segment = std::max(
            8,
            static_cast<int>(std::lround(p.number("background.shadow_segment_share") * mask.rows)));
        const double nearQuantile = p.number("background.shadow_near_quantile");
        for (const auto& [side, rect] :
             {std::pair{std::string("left"), cv::Rect(0, 0, cx, mask.rows)},
              std::pair{std::string("right"), cv::Rect(cx, 0, mask.cols - cx, mask.rows)}}) {
            if (rect.width <= 0) {
                continue;
            }
            // Per stretch of rows: a shadow beside the head is not diluted by the clean
            // outline of the shoulders, and both bands span the same heights (a vertical
            // gradient is not a shadow).
            std::optional<double> sideDrop;
            cv::Rect worstPiece;
            for (int y0 = 0; y0 < rect.height; y0 += segment) {
                const cv::Rect piece(rect.x, y0, rect.width, std::min(segment, rect.height - y0));
                const cv::Mat in = innerBand(piece);
                // The far band beside this stretch, or, where the person comes too close to
                // the edge for one, the far band across the whole width in the same rows.
                cv::Rect farPiece = piece;
                if (cv::countNonZero(outerBand(farPiece)) < minPixels) {
                    farPiece = cv::Rect(0, piece.y, mask.cols, piece.height);
                }
                const cv::Mat out = outerBand(farPiece);
                if (cv::countNonZero(in) < minPixels || cv::countNonZero(out) < minPixels) {
                    continue;
                }
                // A low quantile of the near band, not its mean, so that a little of the person
                // the mask missed (a dark suit's edge) does not pass for a shadow; a cast shadow
                // is narrower than the band but darkens more than that share of it.
                const double drop = image::quantileOf(lightness(farPiece), out, 0.5) -
                                    image::quantileOf(lightness(piece), in, nearQuantile);
                if (!sideDrop || drop > *sideDrop) {
                    sideDrop = drop;
                    worstPiece = cv::boundingRect(in) + piece.tl();
                }
            }
            if (!sideDrop) {
                continue;
            }
            o.measures.push_back({side + "_drop", *sideDrop, "L*"});
            if (*sideDrop > worst) {
                worst = *sideDrop;
                worstSide = side;
            }
            o.overlay.push_back(image::box(worstPiece, side + " near band"));
        }
        if (o.measures.empty()) {
            return image::notApplicable(id(), "Too little background along the person outline.");
        }
        o.measures.insert(o.measures.begin(), {"shadow_drop", worst, "L*"});
        o.limit = "≤ " + image::fmt(maxDrop) + " L* darker than the background further out";
        o.limitValues = {{"max", maxDrop}};
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
