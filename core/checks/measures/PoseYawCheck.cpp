// pose.yaw — 教毕指〔2017〕99号, 照片内容: "正面免冠…眼睛正视前方", "左右对称" (rejected as
// 未正视镜头). In the face's upright frame, the nose tip (landmark 30) splits the jaw width (0 to
// 16) into a left and a right part; the asymmetry (left − right) / (left + right) is 0 for a
// frontal face and grows as the head turns. Above pose.yaw_warn_asymmetry_pct a warning, above
// pose.yaw_max_asymmetry_pct not_facing_camera.
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

#include <cmath>

namespace gp::checks {
namespace {

class PoseYawCheck : public Check {
public:
    std::string id() const override { return "pose.yaw"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const auto& profile = context.profile();
            const double warn = profile.number("pose.yaw_warn_asymmetry_pct");
            const double max = profile.number("pose.yaw_max_asymmetry_pct");
            out.limit = "≤ " + face::formatNumber(max) + " % asymmetry";
            out.limitValues = {{"max", max}};
            const auto* lm = face::requireFace(context, out);
            if (lm == nullptr) {
                return;
            }
            const auto up = face::uprightFrame(*lm);
            const double left = up[30].x - up[0].x;
            const double right = up[16].x - up[30].x;
            const double asymmetry =
                left + right > 0 ? 100.0 * (left - right) / (left + right) : 100.0;
            out.measures.push_back({"yaw_asymmetry", asymmetry, "%"});
            const auto& n = (*lm)[30];
            out.overlay.push_back(
                {OverlayShape::Kind::Point, {face::px(n.x), face::px(n.y)}, "nose tip"});
            out.overlay.push_back({OverlayShape::Kind::Line,
                                   {face::px((*lm)[0].x), face::px((*lm)[0].y),
                                    face::px((*lm)[16].x), face::px((*lm)[16].y)},
                                   "jaw width"});
            if (std::abs(asymmetry) > max) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "not_facing_camera";
                out.detail = "The head is turned to one side.";
            } else if (std::abs(asymmetry) > warn) {
                out.verdict = Verdict::Warn;
                out.reasonCode = "not_facing_camera";
                out.detail = "The head is turned slightly to one side.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "The face is frontal.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makePoseYawCheck() {
    return std::make_unique<PoseYawCheck>();
}

} // namespace gp::checks
