// pose.roll — 教毕指〔2017〕99号, 照片内容: "端坐，头部不歪斜" (rejected as 头部倾斜). The roll is
// the angle of the line through the two eye centres: above pose.roll_warn_deg a warning, above
// pose.roll_max_deg head_tilted.
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

#include <cmath>

namespace gp::checks {
namespace {

class PoseRollCheck : public Check {
public:
    std::string id() const override { return "pose.roll"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const auto& profile = context.profile();
            const double warn = profile.number("pose.roll_warn_deg");
            const double max = profile.number("pose.roll_max_deg");
            out.limit = "≤ " + face::formatNumber(max) + "°";
            out.limitValues = {{"max", max}};
            const auto* lm = face::requireFace(context, out);
            if (lm == nullptr) {
                return;
            }
            const double roll = face::rollDegrees(*lm);
            const auto r = face::rightEyeCentre(*lm);
            const auto l = face::leftEyeCentre(*lm);
            out.measures.push_back({"roll", roll, "°"});
            out.overlay.push_back({OverlayShape::Kind::Line,
                                   {face::px(r.x), face::px(r.y), face::px(l.x), face::px(l.y)},
                                   "eye line"});
            if (std::abs(roll) > max) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "head_tilted";
                out.detail = "The head is tilted.";
            } else if (std::abs(roll) > warn) {
                out.verdict = Verdict::Warn;
                out.reasonCode = "head_tilted";
                out.detail = "The head is slightly tilted.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "The head is level.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makePoseRollCheck() {
    return std::make_unique<PoseRollCheck>();
}

} // namespace gp::checks
