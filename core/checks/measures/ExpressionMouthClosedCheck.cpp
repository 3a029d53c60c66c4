// expression.mouth_closed — 教毕指〔2017〕99号, 照片内容: "表情自然，嘴唇闭合" (rejected as 张嘴).
// The gap between the inner lips (pairs 61-67, 62-66, 63-65, averaged) over the mouth width
// (corners 48-54): above expression.mouth_gap_ratio_max mouth_open, above
// expression.mouth_gap_ratio_warn a warning (lips parted).
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

namespace gp::checks {
namespace {

class ExpressionMouthClosedCheck : public Check {
public:
    std::string id() const override { return "expression.mouth_closed"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const auto& profile = context.profile();
            const double max = profile.number("expression.mouth_gap_ratio_max");
            const double warn = profile.number("expression.mouth_gap_ratio_warn");
            out.limit = "lip gap ≤ " + face::formatNumber(max) + " × mouth width";
            out.limitValues = {{"max", max}};
            const auto* lm = face::requireFace(context, out);
            if (lm == nullptr) {
                return;
            }
            const auto& p = *lm;
            const double width = face::distance(p[48], p[54]);
            const double gap = (face::distance(p[61], p[67]) + face::distance(p[62], p[66]) +
                                face::distance(p[63], p[65])) /
                               3.0;
            const double ratio = width > 0 ? gap / width : 0.0;
            out.measures.push_back({"lip_gap_ratio", ratio, ""});
            out.overlay.push_back(
                {OverlayShape::Kind::Line,
                 {face::px(p[62].x), face::px(p[62].y), face::px(p[66].x), face::px(p[66].y)},
                 "lip gap"});
            if (ratio > max) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "mouth_open";
                out.detail = "The mouth is open.";
            } else if (ratio > warn) {
                out.verdict = Verdict::Warn;
                out.reasonCode = "mouth_open";
                out.detail = "The lips are parted.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "The lips are closed.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makeExpressionMouthClosedCheck() {
    return std::make_unique<ExpressionMouthClosedCheck>();
}

} // namespace gp::checks
