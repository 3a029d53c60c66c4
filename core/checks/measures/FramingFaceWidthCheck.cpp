// framing.face_width — 教毕指〔2017〕99号, 图像规格: "人脸宽度（两脸颊之间）180–300 像素" (the band
// framing.face_width_px). Cheek to cheek is the distance between jaw landmarks 0 and 16 (at the
// ear line, the widest part of the face). Narrower: head_too_small; wider: head_too_large.
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

namespace gp::checks {
namespace {

class FramingFaceWidthCheck : public Check {
public:
    std::string id() const override { return "framing.face_width"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const Band band = context.profile().band("framing.face_width_px");
            out.limit = face::bandText(band, "px");
            out.limitValues = {{"min", band.min}, {"max", band.max}};
            const auto* lm = face::requireFace(context, out);
            if (lm == nullptr) {
                return;
            }
            const auto a = (*lm)[0];
            const auto b = (*lm)[16];
            const double width = face::distance(a, b);
            out.measures.push_back({"face_width", width, "px"});
            const int cx = face::px((a.x + b.x) / 2.0);
            const int y = face::px((a.y + b.y) / 2.0);
            out.overlay.push_back({OverlayShape::Kind::Band,
                                   {cx - face::px(band.max / 2), y - 4, face::px(band.max), 8},
                                   "largest width"});
            out.overlay.push_back({OverlayShape::Kind::Band,
                                   {cx - face::px(band.min / 2), y - 2, face::px(band.min), 4},
                                   "smallest width"});
            out.overlay.push_back({OverlayShape::Kind::Line,
                                   {face::px(a.x), face::px(a.y), face::px(b.x), face::px(b.y)},
                                   "face width"});
            if (width < band.min) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "head_too_small";
                out.detail = "The face is too narrow in the photo.";
            } else if (width > band.max) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "head_too_large";
                out.detail = "The face is too wide in the photo.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "The face width is in the band.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makeFramingFaceWidthCheck() {
    return std::make_unique<FramingFaceWidthCheck>();
}

} // namespace gp::checks
