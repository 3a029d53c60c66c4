// faces.inside — 教毕指〔2017〕99号, 照片内容: the whole head is in the photo (头部完整, nothing of
// the face cut by an edge). The box around the face and its 68 landmarks must keep
// faces.edge_margin_px from every edge; otherwise face_cut.
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

#include <algorithm>

namespace gp::checks {
namespace {

class FaceInsideCheck : public Check {
public:
    std::string id() const override { return "faces.inside"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const double margin = context.profile().number("faces.edge_margin_px");
            out.limit = "≥ " + face::formatNumber(margin) + " px from every edge";
            out.limitValues = {{"min", margin}};
            const auto* lm = face::requireFace(context, out);
            if (lm == nullptr) {
                return;
            }
            // Step 1: the box around the landmarks and the detector's box.
            float x0 = (*lm)[0].x, y0 = (*lm)[0].y, x1 = x0, y1 = y0;
            for (const auto& p : *lm) {
                x0 = std::min(x0, p.x);
                y0 = std::min(y0, p.y);
                x1 = std::max(x1, p.x);
                y1 = std::max(y1, p.y);
            }
            const cv::Rect box =
                cv::Rect(face::px(x0), face::px(y0), face::px(x1 - x0), face::px(y1 - y0)) |
                context.faces().front();
            // Step 2: the smallest distance to an edge (negative: past the edge).
            const auto& img = context.image();
            const int room = std::min(
                {box.x, box.y, img.cols - (box.x + box.width), img.rows - (box.y + box.height)});
            out.measures.push_back({"edge_distance", static_cast<double>(room), "px"});
            out.overlay.push_back(
                {OverlayShape::Kind::Box, {box.x, box.y, box.width, box.height}, "face"});
            if (room < margin) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "face_cut";
                out.detail = "The face reaches the edge of the photo.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "The whole face is inside the photo.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makeFaceInsideCheck() {
    return std::make_unique<FaceInsideCheck>();
}

} // namespace gp::checks
