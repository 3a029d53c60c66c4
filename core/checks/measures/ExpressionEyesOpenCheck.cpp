// expression.eyes_open — 教毕指〔2017〕99号, 照片内容: "双眼自然睁开" (rejected as 闭眼). For each
// eye the eye aspect ratio (Soukupová & Čech 2016): the two lid-to-lid heights over twice the
// corner to corner width, about 0.3 for an open eye and near 0 for a closed one. The smaller of the
// two below expression.eye_aspect_ratio_min is eyes_closed; below expression.eye_aspect_ratio_warn
// a warning (squinting).
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

#include <algorithm>

namespace gp::checks {
namespace {

double eyeAspectRatio(const Landmarks& lm, std::size_t first) {
    const auto p = [&](std::size_t i) {
        return lm[first + i];
    };
    const double width = face::distance(p(0), p(3));
    if (width <= 0) {
        return 0;
    }
    return (face::distance(p(1), p(5)) + face::distance(p(2), p(4))) / (2.0 * width);
}

class ExpressionEyesOpenCheck : public Check {
public:
    std::string id() const override { return "expression.eyes_open"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const auto& profile = context.profile();
            const double min = profile.number("expression.eye_aspect_ratio_min");
            const double warn = profile.number("expression.eye_aspect_ratio_warn");
            out.limit = "eye aspect ratio ≥ " + face::formatNumber(min);
            out.limitValues = {{"min", min}};
            const auto* lm = face::requireFace(context, out);
            if (lm == nullptr) {
                return;
            }
            const double right = eyeAspectRatio(*lm, 36);
            const double left = eyeAspectRatio(*lm, 42);
            out.measures.push_back({"right_eye_aspect", right, ""});
            out.measures.push_back({"left_eye_aspect", left, ""});
            for (const std::size_t first : {std::size_t{36}, std::size_t{42}}) {
                const auto& a = (*lm)[first];
                const auto& b = (*lm)[first + 3];
                out.overlay.push_back({OverlayShape::Kind::Line,
                                       {face::px(a.x), face::px(a.y), face::px(b.x), face::px(b.y)},
                                       "eye"});
            }
            const double smaller = std::min(right, left);
            if (smaller < min) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "eyes_closed";
                out.detail = "An eye is closed.";
            } else if (smaller < warn) {
                out.verdict = Verdict::Warn;
                out.reasonCode = "eyes_closed";
                out.detail = "An eye is nearly closed.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "Both eyes are open.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makeExpressionEyesOpenCheck() {
    return std::make_unique<ExpressionEyesOpenCheck>();
}

} // namespace gp::checks
