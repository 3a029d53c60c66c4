// 教毕指〔2017〕99号, photo content: "服装颜色应与背景颜色有明显区别" (clothing clearly different
// from the background; no blue clothes on a blue background). Step 1: the torso — from 1.5 face
// heights under the face top to the bottom edge, clothing.torso_half_width face widths either
// side of the face's centre: inside the body of an upright person whatever the person mask says
// (a jacket of the backdrop's colour is just what the mask cannot tell from the backdrop, and
// long hair over the shoulders is what the mask finds there instead). Step 2: each torso pixel's
// ΔE (CIE76, CIE Lab) from the background's median colour; the clothes' distance is the
// clothing.torso_quantile quantile of those, so that hair, neck and a shirt's V together may cover
// most of the torso and the clothes still decide. It must reach clothing.min_delta_e. Rows with
// no person in the mask at all (backdrop under the body) are left out while any row has some.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <opencv2/core.hpp>
#include <vector>

namespace gp::checks {
namespace {

class ClothingContrastCheck : public Check {
public:
    std::string id() const override { return "clothing.contrast"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto face = image::mainFace(context);
        if (!face || !image::hasPersonMask(context)) {
            return image::notApplicable(id(), "No face or no person mask.");
        }
        const auto& p = context.profile();
        const auto& img = context.image();
        const int top = face->y + face->height * 3 / 2;
        const int cx = face->x + face->width / 2;
        const int half = static_cast<int>(face->width * p.number("clothing.torso_half_width"));
        const cv::Rect torso =
            cv::Rect(cx - half, top, 2 * half, img.rows - top) & cv::Rect(0, 0, img.cols, img.rows);
        const int minPixels = 500;
        if (torso.area() < minPixels) {
            return image::notApplicable(id(), "The shoulders are not in the photo.");
        }
        const auto& lab = context.labImage();
        const auto background = image::medianOf(
            lab, image::backgroundRegion(context, image::intValue(p, "background.person_margin_px"),
                                         image::intValue(p, "background.edge_margin_px")));
        if (!background) {
            return image::notApplicable(id(), "No background beside the person.");
        }
        cv::Mat diff =
            lab(torso) - cv::Scalar((*background)[0], (*background)[1], (*background)[2]);
        std::vector<cv::Mat> ch;
        cv::split(diff, ch);
        cv::Mat d = ch[0].mul(ch[0]) + ch[1].mul(ch[1]) + ch[2].mul(ch[2]);
        cv::sqrt(d, d);
        // Rows of the torso in which the mask finds no person at all are below or beside the
        // body (a photo padded with backdrop) and are left out — unless it finds none in any
        // row: then the clothes are the backdrop's colour.
        cv::Mat rows(torso.size(), CV_8UC1, cv::Scalar(255));
        const cv::Mat person = context.personMask()(torso);
        bool anyPerson = false;
        for (int y = 0; y < torso.height; ++y) {
            if (cv::countNonZero(person.row(y)) == 0) {
                rows.row(y).setTo(0);
            } else {
                anyPerson = true;
            }
        }
        const double delta =
            image::quantileOf(d, anyPerson ? rows : cv::Mat(), p.number("clothing.torso_quantile"));
        const auto sample = torso;
        const double minDelta = p.number("clothing.min_delta_e");
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"clothing_background_delta_e", delta, "ΔE"}};
        o.limit = "≥ " + image::fmt(minDelta) + " ΔE";
        o.limitValues = {{"min", minDelta}};
        image::judge(o, delta >= minDelta, Verdict::Fail, "clothing_like_background");
        o.detail = "Clothing and background differ by " + image::fmt(delta) + " ΔE.";
        o.overlay.push_back(image::box(sample, "clothing sample"));
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeClothingContrastCheck() {
    return std::make_unique<ClothingContrastCheck>();
}

} // namespace gp::checks
