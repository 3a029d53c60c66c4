// framing.eye_line — 教毕指〔2017〕99号, 图像规格: "眼睛距照片上边缘 200–300 像素" (the band
// framing.eye_line_px; a profile without it, such as the ID-card one, does not judge it). The eye
// line is the mean height of the two eye centres (landmarks 36-41 and 42-47). Above the band:
// head_too_high; below it: head_too_low.
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

namespace gp::checks {
namespace {

class FramingEyeLineCheck : public Check {
public:
    std::string id() const override { return "framing.eye_line"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const auto& profile = context.profile();
            if (!profile.has("framing.eye_line_px.min")) {
                out.verdict = Verdict::NotApplicable;
                out.detail = "The profile sets no eye-line band.";
                return;
            }
            const Band band = profile.band("framing.eye_line_px");
            out.limit = face::bandText(band, "px");
            out.limitValues = {{"min", band.min}, {"max", band.max}};
            const auto* lm = face::requireFace(context, out);
            if (lm == nullptr) {
                return;
            }
            const auto r = face::rightEyeCentre(*lm);
            const auto l = face::leftEyeCentre(*lm);
            const double eyeY = (r.y + l.y) / 2.0;
            const int w = context.image().cols;
            out.measures.push_back({"eye_line", eyeY, "px"});
            out.overlay.push_back({OverlayShape::Kind::Band,
                                   {0, face::px(band.min), w, face::px(band.max - band.min)},
                                   "eye band"});
            out.overlay.push_back({OverlayShape::Kind::Line,
                                   {face::px(r.x), face::px(r.y), face::px(l.x), face::px(l.y)},
                                   "eye line"});
            if (eyeY < band.min) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "head_too_high";
                out.detail = "The eyes are too close to the top edge.";
            } else if (eyeY > band.max) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "head_too_low";
                out.detail = "The eyes are too far below the top edge.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "The eyes are in the band.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makeFramingEyeLineCheck() {
    return std::make_unique<FramingEyeLineCheck>();
}

} // namespace gp::checks
