#include "Annotation.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

cv::Scalar colourOf(Verdict v) {
    switch (v) {
    case Verdict::Pass:
        return {60, 170, 60};
    case Verdict::Warn:
        return {0, 170, 255};
    case Verdict::Fail:
        return {40, 40, 230};
    default:
        return {160, 160, 160};
    }
}

} // namespace

cv::Mat annotate(const cv::Mat& image, const PhotoVerdict& verdict) {
    cv::Mat out = image.clone();
    cv::Mat bands = out.clone();
    const int thickness = std::max(1, out.cols / 400);
    for (const auto& o : verdict.outcomes) {
        const auto colour = colourOf(o.verdict);
        // A passing check shows its band and lines only; a failing or warning one everything
        // it measured, labelled, so the eye goes to the problem.
        const bool quiet = o.verdict == Verdict::Pass || o.verdict == Verdict::NotApplicable;
        for (const auto& s : o.overlay) {
            if (quiet &&
                (s.kind == OverlayShape::Kind::Box || s.kind == OverlayShape::Kind::Point)) {
                continue;
            }
            const auto& c = s.coords;
            switch (s.kind) {
            case OverlayShape::Kind::Line:
                if (c.size() >= 4) {
                    cv::line(out, {c[0], c[1]}, {c[2], c[3]}, colour, thickness, cv::LINE_AA);
                }
                break;
            case OverlayShape::Kind::Box:
                if (c.size() >= 4) {
                    cv::rectangle(out, cv::Rect(c[0], c[1], c[2], c[3]), colour, thickness);
                }
                break;
            case OverlayShape::Kind::Point:
                if (c.size() >= 2) {
                    cv::circle(out, {c[0], c[1]}, thickness + 1, colour, cv::FILLED, cv::LINE_AA);
                }
                break;
            case OverlayShape::Kind::Band:
                if (c.size() >= 4) {
                    cv::rectangle(bands, cv::Rect(c[0], c[1], c[2], c[3]), colour, cv::FILLED);
                }
                break;
            }
            if (!quiet && !s.label.empty() && c.size() >= 2) {
                cv::putText(out, s.label, {c[0] + 3, c[1] + 12}, cv::FONT_HERSHEY_SIMPLEX, 0.35,
                            colour, 1, cv::LINE_AA);
            }
        }
    }
    // Bands are translucent so the face stays visible under them.
    cv::addWeighted(bands, 0.25, out, 0.75, 0, out);
    return out;
}

} // namespace gp::checks
