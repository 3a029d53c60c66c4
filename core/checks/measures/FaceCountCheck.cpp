// faces.count — 教毕指〔2017〕99号, 照片内容: "背景…无其他人或物" and one portrait per photo:
// exactly one face. None fails with no_face, two or more with multiple_people. Faces much smaller
// than the main one (faces.min_relative_width of its width) are not counted: at that size the HOG
// detector's hits are mostly pictures on a wall or false alarms, which the background checks
// judge instead.
#include "FaceCheckSupport.h"
#include "FaceChecks.h"

namespace gp::checks {
namespace {

class FaceCountCheck : public Check {
public:
    std::string id() const override { return "faces.count"; }
    CheckOutcome run(CheckContext& context) const override {
        return face::guarded(id(), [&](CheckOutcome& out) {
            const auto& profile = context.profile();
            const double maxCount = profile.number("faces.max_count");
            const double minRelative = profile.number("faces.min_relative_width");
            out.limit = "exactly " + face::formatNumber(maxCount) + " face";
            out.limitValues = {{"count", maxCount}};
            if (context.image().empty()) {
                out.verdict = Verdict::NotApplicable;
                out.detail = "The photo could not be decoded.";
                return;
            }
            const auto& faces = context.faces();
            int counted = 0;
            for (const auto& f : faces) {
                if (f.width >= minRelative * faces.front().width) {
                    ++counted;
                    out.overlay.push_back(
                        {OverlayShape::Kind::Box, {f.x, f.y, f.width, f.height}, "face"});
                }
            }
            out.measures.push_back({"faces", static_cast<double>(counted), ""});
            if (counted == 0) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "no_face";
                out.detail = "No face was found.";
            } else if (counted > maxCount) {
                out.verdict = Verdict::Fail;
                out.reasonCode = "multiple_people";
                out.detail = std::to_string(counted) + " faces were found; only one is allowed.";
            } else {
                out.verdict = Verdict::Pass;
                out.detail = "One face.";
            }
        });
    }
};

} // namespace

std::unique_ptr<Check> makeFaceCountCheck() {
    return std::make_unique<FaceCountCheck>();
}

} // namespace gp::checks
