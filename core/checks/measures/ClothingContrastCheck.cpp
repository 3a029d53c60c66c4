// 教毕指〔2017〕99号, photo content: "服装颜色应与背景颜色有明显区别" (clothing clearly different
// from the background; no blue clothes on a blue background). Step 1: the shoulders — the person
// mask below the face, from 1.5 face heights under the face top to the bottom edge; when the
// mask finds (almost) no person there although the shoulder area is in the photo, the clothes
// are the backdrop's colour and the mask could not tell them apart, so the chest under the chin
// (one face width wide) is sampled instead. Step 2: the
// ΔE (CIE76) between the clothing's median Lab colour and the background's must reach the
// profile's minimum.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <optional>

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
        const cv::Rect shoulders =
            cv::Rect(cx - face->width * 6 / 5, top, face->width * 12 / 5, img.rows - top) &
            cv::Rect(0, 0, img.cols, img.rows);
        const int minPixels = 500;
        if (shoulders.area() < minPixels) {
            return image::notApplicable(id(), "The shoulders are not in the photo.");
        }
        const auto& lab = context.labImage();
        auto sample = shoulders;
        std::optional<cv::Vec3f> clothes;
        if (cv::countNonZero(context.personMask()(shoulders)) >= minPixels) {
            clothes = image::medianOf(lab(shoulders), context.personMask()(shoulders));
        } else {
            sample = cv::Rect(cx - face->width / 2, top, face->width, img.rows - top) &
                     cv::Rect(0, 0, img.cols, img.rows);
            clothes = image::medianOf(lab(sample), cv::Mat());
        }
        if (!clothes) {
            return image::notApplicable(id(), "The shoulders are not in the photo.");
        }
        const auto background = image::medianOf(
            lab, image::backgroundRegion(context, image::intValue(p, "background.person_margin_px"),
                                         image::intValue(p, "background.edge_margin_px")));
        if (!background) {
            return image::notApplicable(id(), "No background beside the person.");
        }
        const double minDelta = p.number("clothing.min_delta_e");
        const double delta = image::deltaE(*clothes, *background);
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
