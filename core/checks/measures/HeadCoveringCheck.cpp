// 教毕指〔2017〕99号, photo content: "不得佩戴帽子、头巾等头部覆盖物" (bare-headed). Needs a human
// eye: WARN only. Kept simple: a hat, scarf or ornament rises above the crown, so the person
// mask over the face's width reaching far above the head top (as a share of the face height)
// is worth a reviewer's look.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <algorithm>

namespace gp::checks {
namespace {

class HeadCoveringCheck : public Check {
public:
    std::string id() const override { return "human_eye.head_covering"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto face = image::mainFace(context);
        const auto headTop = context.headTop();
        if (!face || !headTop || !image::hasPersonMask(context)) {
            return image::notApplicable(id(), "No face, head top or person mask.");
        }
        const double maxRatio = context.profile().number("human_eye.max_cover_above_head_ratio");
        const auto& mask = context.personMask();
        int maskTop = *headTop;
        const cv::Mat columns = mask(cv::Rect(face->x, 0, face->width, mask.rows));
        for (int y = 0; y < std::min(*headTop, columns.rows); ++y) {
            if (cv::countNonZero(columns.row(y)) > 0) {
                maskTop = y;
                break;
            }
        }
        const double ratio = double(*headTop - maskTop) / face->height;
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"above_head_top", double(*headTop - maskTop), "px"},
                      {"above_head_top_ratio", ratio, "face heights"}};
        o.limit = "≤ " + image::fmt(maxRatio, 2) + " face heights above the head top";
        o.limitValues = {{"max", maxRatio}};
        image::judge(o, ratio <= maxRatio, Verdict::Warn, "head_covering");
        o.detail = "Something of the person reaches " + std::to_string(*headTop - maskTop) +
                   " px above the head top; look for a head covering.";
        o.overlay.push_back(image::box(
            {face->x, maskTop, face->width, std::max(1, *headTop - maskTop)}, "above head top"));
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeHeadCoveringCheck() {
    return std::make_unique<HeadCoveringCheck>();
}

} // namespace gp::checks
