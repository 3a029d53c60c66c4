// 教毕指〔2017〕99号, photo content: "不得佩戴帽子、头巾等头部覆盖物" (bare-headed). Needs a human
// eye: WARN only. Kept simple: a hat, scarf or ornament rises above the crown, so the person
// mask over the face's width reaching far above the head top (as a share of the face height)
// is worth a reviewer's look. A hair band or an ornament lies on the hair instead: between the
// head top and the brows, inside the crown's ellipse over the brows' width and in the person mask
// (hair or forehead on any upright head), the share
// of strongly coloured pixels (chroma ≥ human_eye.ornament_min_chroma) whose hue is not skin's or
// hair's (outside lighting.face_hue_deg) and which differ from the crown's median colour by at
// least human_eye.ornament_min_delta_e (so a colour cast over the whole photo is not an
// ornament), and as much from the backdrop's mean colour (a loose mask edge), is held to
// human_eye.max_ornament_pct.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>

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
        // The ornament share, when the landmarks are known.
        double ornament = 0;
        cv::Rect hairBox;
        if (const auto& lm = context.landmarks()) {
            float browTop = (*lm)[17].y;
            for (std::size_t i = 17; i <= 26; ++i) {
                browTop = std::min(browTop, (*lm)[i].y);
            }
            const int x0 = static_cast<int>((*lm)[17].x);
            const int x1 = static_cast<int>((*lm)[26].x);
            hairBox = cv::Rect(x0, *headTop, x1 - x0, static_cast<int>(browTop) - *headTop) &
                      cv::Rect(0, 0, mask.cols, mask.rows);
            if (hairBox.area() > 0) {
                const double minChroma = context.profile().number("human_eye.ornament_min_chroma");
                const auto skinHue = context.profile().band("lighting.face_hue_deg");
                const cv::Mat lab = context.labImage()(hairBox);
                // The crown: the upper half of an ellipse through the head top and the brows'
                // ends, and of the person.
                cv::Mat crown = cv::Mat::zeros(hairBox.size(), CV_8UC1);
                cv::ellipse(crown,
                            cv::Point(hairBox.width / 2, static_cast<int>(browTop) - hairBox.y),
                            cv::Size(hairBox.width / 2, static_cast<int>(browTop) - *headTop), 0,
                            180, 360, cv::Scalar(255), cv::FILLED);
                cv::bitwise_and(crown, mask(hairBox), crown);
                const int area = cv::countNonZero(crown);
                // Unlike the crown's own colour (the hair, or everything under a colour cast).
                const auto hair = image::medianOf(lab, crown);
                const double minDelta = context.profile().number("human_eye.ornament_min_delta_e");
                // Nor the backdrop's (a loose mask edge on a light-blue backdrop).
                const auto& prof = context.profile();
                const cv::Scalar bg =
                    cv::mean(context.labImage(),
                             image::backgroundRegion(
                                 context, image::intValue(prof, "background.person_margin_px"),
                                 image::intValue(prof, "background.edge_margin_px")));
                const cv::Vec3f backdrop(static_cast<float>(bg[0]), static_cast<float>(bg[1]),
                                         static_cast<float>(bg[2]));
                int count = 0;
                for (int y = 0; y < lab.rows; ++y) {
                    const auto* row = lab.ptr<cv::Vec3f>(y);
                    const auto* inside = crown.ptr<uchar>(y);
                    for (int x = 0; x < lab.cols; ++x) {
                        if (inside[x] == 0) {
                            continue;
                        }
                        const double a = row[x][1], b = row[x][2];
                        if (std::hypot(a, b) < minChroma) {
                            continue;
                        }
                        const double hue = std::atan2(b, a) * 180.0 / std::numbers::pi;
                        if (!skinHue.contains(hue) && image::deltaE(row[x], *hair) >= minDelta &&
                            image::deltaE(row[x], backdrop) >= minDelta) {
                            ++count;
                        }
                    }
                }
                ornament = area > 0 ? 100.0 * count / area : 0.0;
            }
        }
        const double maxOrnament = context.profile().number("human_eye.max_ornament_pct");
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"above_head_top", double(*headTop - maskTop), "px"},
                      {"above_head_top_ratio", ratio, "face heights"},
                      {"ornament", ornament, "%"}};
        o.limit = "≤ " + image::fmt(maxRatio, 2) + " face heights above the head top, ≤ " +
                  image::fmt(maxOrnament) + " % strongly coloured hair";
        o.limitValues = {{"max", maxRatio}, {"max_ornament", maxOrnament}};
        image::judge(o, ratio <= maxRatio && ornament <= maxOrnament, Verdict::Warn,
                     "head_covering");
        o.detail = "Something of the person reaches " + std::to_string(*headTop - maskTop) +
                   " px above the head top; " + image::fmt(ornament) +
                   " % of the hair over the brows is strongly coloured; look for a head covering.";
        if (hairBox.area() > 0) {
            o.overlay.push_back(image::box(hairBox, "hair"));
        }
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
