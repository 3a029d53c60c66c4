// pose.shoulders — 教毕指〔2017〕99号, 照片内容: "端坐，双肩平齐" (shoulders level). The top of the
// person mask is traced in a few columns on each side of the face, pose.shoulder_offset_share of
// the face width out from its centre (to 0.15 face widths further, the part inside the photo),
// below the chin; the shoulder line joins the two sides'
// median heights. Its angle above pose.shoulders_max_deg is shoulders_uneven. Not applicable when
// a side is outside the photo or shows no shoulder, or when the backdrop is too busy for the mask
// to follow the outline.
#include "FaceCheckSupport.h"
#include "FaceChecks.h"
#include "core/checks/analysis/BackgroundModel.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace gp::checks {
namespace {

constexpr int kColumnsPerSide = 7;
constexpr std::size_t kMinColumns = 2;

/// The median top of the mask below fromY over columns x0..x1 that are inside the photo.
std::optional<double> shoulderHeight(const cv::Mat& mask, double x0, double x1, int fromY) {
    std::vector<int> tops;
    for (int i = 0; i < kColumnsPerSide; ++i) {
        const int x = face::px(x0 + (x1 - x0) * i / (kColumnsPerSide - 1));
        if (x < 0 || x >= mask.cols) {
            continue;
        }
        for (int y = std::max(0, fromY); y < mask.rows - 1; ++y) {
            if (mask.at<uchar>(y, x) != 0) {
                tops.push_back(y);
                break;
            }
        }
    }
    if (tops.size() < kMinColumns) {
        return std::nullopt;
    }
    std::nth_element(tops.begin(), tops.begin() + static_cast<long>(tops.size() / 2), tops.end());
    return tops[tops.size() / 2];
}

class PoseShouldersCheck : public Check {
public:
    std::string id() const override { return "pose.shoulders"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const auto& profile = context.profile();
            const double max = profile.number("pose.shoulders_max_deg");
            const double offsetShare = profile.number("pose.shoulder_offset_share");
            out.limit = "≤ " + face::formatNumber(max) + "°";
            out.limitValues = {{"max", max}};
            const auto* lm = face::requireFace(context, out);
            if (lm == nullptr) {
                return;
            }
            // Inside an added frame, if any: the frame is not backdrop.
            if (!analysis::sampleBackground(context.image()(context.addedFrame().picture))
                     .uniform) {
                out.verdict = Verdict::NotApplicable;
                out.detail = "The backdrop is too busy to trace the shoulders.";
                return;
            }
            const auto& mask = context.personMask();
            const double width = face::distance((*lm)[0], (*lm)[16]);
            const double cx = ((*lm)[0].x + (*lm)[16].x) / 2.0;
            const int chin = face::px((*lm)[8].y);
            const double spread = 0.15 * width;
            const double leftX = cx - offsetShare * width;
            const double rightX = cx + offsetShare * width;
            const auto left = shoulderHeight(mask, leftX - spread, leftX, chin);
            const auto right = shoulderHeight(mask, rightX, rightX + spread, chin);
            if (!left || !right) {
                out.verdict = Verdict::NotApplicable;
                out.detail = "The shoulders are not visible in the photo.";
                return;
            }
            const double angle =
                std::atan2(*right - *left, rightX - leftX + spread) * 180.0 / std::numbers::pi;
            out.measures.push_back({"shoulder_angle", angle, "°"});
            out.overlay.push_back({OverlayShape::Kind::Line,
                                   {face::px(leftX - spread / 2), face::px(*left),
                                    face::px(rightX + spread / 2), face::px(*right)},
                                   "shoulder line"});
            if (std::abs(angle) > max) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "shoulders_uneven";
                out.detail = "The shoulders are not level.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "The shoulders are level.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makePoseShouldersCheck() {
    return std::make_unique<PoseShouldersCheck>();
}

} // namespace gp::checks
