// pose.pitch — 教毕指〔2017〕99号, 照片内容: "眼睛正视前方" (head neither raised nor lowered). In
// the face's upright frame, the nose tip's height between the eye line and the chin (landmarks 30
// and 8) is a proportion that grows when the head bows and shrinks when it is raised. A 2-D
// estimate, so it only warns outside pose.pitch_ratio_pct_pass and fails (not_facing_camera)
// outside the wider pose.pitch_ratio_pct_fail.
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

namespace gp::checks {
namespace {

class PosePitchCheck : public Check {
public:
    std::string id() const override { return "pose.pitch"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const auto& profile = context.profile();
            const Band pass = profile.band("pose.pitch_ratio_pct_pass");
            const Band fail = profile.band("pose.pitch_ratio_pct_fail");
            out.limit = face::bandText(pass, "%");
            out.limitValues = {{"min", pass.min}, {"max", pass.max}};
            const auto* lm = face::requireFace(context, out);
            if (lm == nullptr) {
                return;
            }
            const auto up = face::uprightFrame(*lm);
            const double eyeY = (face::rightEyeCentre(up).y + face::leftEyeCentre(up).y) / 2.0;
            const double span = up[8].y - eyeY;
            const double ratio = span > 0 ? 100.0 * (up[30].y - eyeY) / span : 0.0;
            out.measures.push_back({"nose_height", ratio, "%"});
            const auto& n = (*lm)[30];
            const auto& c = (*lm)[8];
            out.overlay.push_back({OverlayShape::Kind::Line,
                                   {face::px(n.x), face::px(n.y), face::px(c.x), face::px(c.y)},
                                   "nose to chin"});
            if (!fail.contains(ratio)) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "not_facing_camera";
                out.detail = ratio > fail.max ? "The head is bowed." : "The head is raised.";
            } else if (!pass.contains(ratio)) {
                out.verdict = Verdict::Warn;
                out.reasonCode = "not_facing_camera";
                out.detail = ratio > pass.max ? "The head may be slightly bowed."
                                              : "The head may be slightly raised.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "The head is neither raised nor bowed.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makePosePitchCheck() {
    return std::make_unique<PosePitchCheck>();
}

} // namespace gp::checks
