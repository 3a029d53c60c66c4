// framing.head_top — 教毕指〔2017〕99号, 图像规格: "头顶距照片上边缘 50–110 像素" (the band
// framing.head_top_px). The head top (crown / hairline) comes from the analysis, found in the
// pixels above the brows. Above the band: head_too_high; below it: head_too_low.
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

namespace gp::checks {
namespace {

class FramingHeadTopCheck : public Check {
public:
    std::string id() const override { return "framing.head_top"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const Band band = context.profile().band("framing.head_top_px");
            out.limit = face::bandText(band, "px");
            out.limitValues = {{"min", band.min}, {"max", band.max}};
            if (face::requireFace(context, out) == nullptr) {
                return;
            }
            const auto top = context.headTop();
            if (!top) {
                out.verdict = Verdict::NotApplicable;
                out.detail = "The top of the head could not be found.";
                return;
            }
            const int w = context.image().cols;
            out.measures.push_back({"head_top", static_cast<double>(*top), "px"});
            out.overlay.push_back({OverlayShape::Kind::Band,
                                   {0, face::px(band.min), w, face::px(band.max - band.min)},
                                   "head top band"});
            out.overlay.push_back({OverlayShape::Kind::Line, {0, *top, w, *top}, "head top"});
            if (*top < band.min) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "head_too_high";
                out.detail = "The top of the head is too close to the top edge.";
            } else if (*top > band.max) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "head_too_low";
                out.detail = "The top of the head is too far below the top edge.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "The top of the head is in the band.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makeFramingHeadTopCheck() {
    return std::make_unique<FramingHeadTopCheck>();
}

} // namespace gp::checks
