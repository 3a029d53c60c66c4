// framing.centred — 教毕指〔2017〕99号, 照片内容: "人像水平居中，左右对称". The face centre (midway
// between jaw landmarks 0 and 16) may be at most framing.centre_tolerance_px left or right of the
// image centre; otherwise head_off_centre.
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

#include <cmath>

namespace gp::checks {
namespace {

class FramingCentredCheck : public Check {
public:
    std::string id() const override { return "framing.centred"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const double tolerance = context.profile().number("framing.centre_tolerance_px");
            out.limit = "≤ " + face::formatNumber(tolerance) + " px from the centre";
            out.limitValues = {{"max", tolerance}};
            const auto* lm = face::requireFace(context, out);
            if (lm == nullptr) {
                return;
            }
            const auto& img = context.image();
            const double faceX = ((*lm)[0].x + (*lm)[16].x) / 2.0;
            const double offset = faceX - img.cols / 2.0;
            out.measures.push_back({"centre_offset", offset, "px"});
            out.overlay.push_back(
                {OverlayShape::Kind::Band,
                 {face::px(img.cols / 2.0 - tolerance), 0, face::px(2 * tolerance), img.rows},
                 "centre band"});
            out.overlay.push_back({OverlayShape::Kind::Line,
                                   {face::px(faceX), 0, face::px(faceX), img.rows},
                                   "face centre"});
            if (std::abs(offset) > tolerance) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "head_off_centre";
                out.detail =
                    offset < 0 ? "The face is left of centre." : "The face is right of centre.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "The face is centred.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makeFramingCentredCheck() {
    return std::make_unique<FramingCentredCheck>();
}

} // namespace gp::checks
