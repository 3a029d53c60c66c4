#include "DrawnBody.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>

namespace gp::demo {

namespace {

constexpr int kShift = 4;                     // sub-pixel bits of the drawn outlines
constexpr double kEdgeSigma = 0.9;            // px: the soft edge of everything drawn
const cv::Scalar kShirt(236, 238, 240);       // BGR, a white shirt
const cv::Scalar kShirtCollar(242, 244, 245); // its collar, a shade lighter

/// Body coordinates: x in face widths right of the centre, y in face widths below the collar.
struct Frame {
    double cx, base, fw;
    cv::Point2f at(double x, double y) const {
        return {static_cast<float>(cx + x * fw), static_cast<float>(base + y * fw)};
    }
};

std::vector<cv::Point> fixedPoint(const std::vector<cv::Point2f>& pts) {
    std::vector<cv::Point> out;
    for (const auto& p : pts) {
        out.emplace_back(static_cast<int>(std::lround(p.x * (1 << kShift))),
                         static_cast<int>(std::lround(p.y * (1 << kShift))));
    }
    return out;
}

/// 0–1 coverage of a polygon, anti-aliased and softened.
cv::Mat cover(const cv::Size& size, const std::vector<cv::Point2f>& pts,
              double sigma = kEdgeSigma) {
    cv::Mat m(size, CV_8U, cv::Scalar(0));
    cv::fillPoly(m, std::vector<std::vector<cv::Point>>{fixedPoint(pts)}, cv::Scalar(255),
                 cv::LINE_AA, kShift);
    cv::Mat f;
    m.convertTo(f, CV_32F, 1.0 / 255.0);
    cv::GaussianBlur(f, f, cv::Size(0, 0), sigma);
    return f;
}

/// 0–1 coverage of a soft stroke along a polyline (a fold, the shadow of a lapel).
cv::Mat stroke(const cv::Size& size, const std::vector<cv::Point2f>& pts, double width,
               double sigma) {
    cv::Mat m(size, CV_8U, cv::Scalar(0));
    cv::polylines(m, std::vector<std::vector<cv::Point>>{fixedPoint(pts)}, false, cv::Scalar(255),
                  std::max(1, static_cast<int>(width)), cv::LINE_AA, kShift);
    cv::Mat f;
    m.convertTo(f, CV_32F, 1.0 / 255.0);
    cv::GaussianBlur(f, f, cv::Size(0, 0), sigma);
    return f;
}

void bezier(std::vector<cv::Point2f>& out, cv::Point2f a, cv::Point2f b, cv::Point2f c,
            cv::Point2f d) {
    constexpr int kSteps = 24;
    for (int i = 1; i <= kSteps; ++i) {
        const float t = static_cast<float>(i) / kSteps, u = 1 - t;
        out.push_back(u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d);
    }
}

/// canvas ← colour over canvas by coverage.
void paint(cv::Mat& canvas, const cv::Mat& colour, const cv::Mat& coverage) {
    cv::Mat c3;
    cv::merge(std::vector<cv::Mat>{coverage, coverage, coverage}, c3);
    canvas = colour.mul(c3) + canvas.mul(cv::Scalar::all(1.0) - c3);
}

/// canvas darkened by `strength` where the shadow covers it.
void shade(cv::Mat& canvas, const cv::Mat& shadow, double strength) {
    cv::Mat gain = 1.0 - strength * shadow, g3;
    cv::merge(std::vector<cv::Mat>{gain, gain, gain}, g3);
    canvas = canvas.mul(g3);
}

/// A colour image of `base` × a per-pixel gain.
cv::Mat shaded(const cv::Size& size, const cv::Scalar& base, const cv::Mat& gain) {
    cv::Mat g3, out(size, CV_32FC3, base);
    cv::merge(std::vector<cv::Mat>{gain, gain, gain}, g3);
    return out.mul(g3);
}

std::vector<cv::Point2f> mirrored(const Frame& fr, const std::vector<cv::Point2f>& pts) {
    std::vector<cv::Point2f> out;
    for (auto it = pts.rbegin(); it != pts.rend(); ++it) {
        out.emplace_back(static_cast<float>(2 * fr.cx - it->x), it->y);
    }
    return out;
}

void drawNeck(cv::Mat& canvas, const BodyFrame& f, const Frame& fr, const cv::Scalar& skin) {
    const cv::Size size = canvas.size();
    // Tapered: narrow under the jaw, widening into the collar; its foot hidden by the collar.
    const double top = f.chin.y - 0.3 * f.faceHeight;
    std::vector<cv::Point2f> right;
    for (int i = 0; i <= 16; ++i) {
        const double y = top + (fr.base - top) * i / 16.0;
        const double s = std::clamp((y - f.chin.y) / (fr.base - f.chin.y), 0.0, 1.0);
        right.emplace_back(static_cast<float>(fr.cx + (0.22 + 0.08 * s * s * s) * fr.fw),
                           static_cast<float>(y));
    }
    std::vector<cv::Point2f> neck; // down the left side, the foot, up the right side
    for (const auto& p : right) {
        neck.emplace_back(static_cast<float>(2 * fr.cx - p.x), p.y);
    }
    neck.push_back(fr.at(0, 0.26));
    neck.insert(neck.end(), right.rbegin(), right.rend());
    cv::Mat gain(size, CV_32F);
    for (int y = 0; y < size.height; ++y) {
        auto* g = gain.ptr<float>(y);
        const double below = std::max(0.0, y - static_cast<double>(f.chin.y)) / fr.fw;
        for (int x = 0; x < size.width; ++x) {
            // Round: lit from the upper left, darker at the sides; darker under the chin.
            const double u = std::clamp((x - fr.cx + 0.05 * fr.fw) / (0.32 * fr.fw), -1.0, 1.0);
            g[x] = static_cast<float>((0.74 + 0.18 * std::cos(u * std::numbers::pi / 2)) *
                                      (1 - 0.18 * std::exp(-below / 0.18)));
        }
    }
    cv::Mat colour = shaded(size, skin, gain);
    // The jaw's own soft shadow, a little below it.
    std::vector<cv::Point2f> jaw;
    for (const auto& p : f.jaw) {
        jaw.emplace_back(p.x, static_cast<float>(p.y + 0.05 * fr.fw));
    }
    shade(colour, cover(size, jaw, 0.05 * fr.fw), 0.35);
    paint(canvas, colour, cover(size, neck));
}

void drawShirt(cv::Mat& canvas, const Frame& fr) {
    const cv::Size size = canvas.size();
    const std::vector<cv::Point2f> shirt{fr.at(-0.3, -0.03), fr.at(0.3, -0.03), fr.at(0, 0.7)};
    cv::Mat inside(size, CV_8U, cv::Scalar(0));
    cv::fillPoly(inside, std::vector<std::vector<cv::Point>>{fixedPoint(shirt)}, cv::Scalar(255),
                 cv::LINE_8, kShift);
    cv::Mat depth;
    cv::distanceTransform(inside, depth, cv::DIST_L2, 3);
    cv::Mat gain = cv::min(depth / (0.06 * fr.fw), 1.0);
    gain = 0.84 + 0.14 * gain;
    paint(canvas, shaded(size, kShirt, gain), cover(size, shirt));
}

void drawCollar(cv::Mat& canvas, const Frame& fr) {
    const cv::Size size = canvas.size();
    for (const double side : {-1.0, 1.0}) {
        const std::vector<cv::Point2f> flap{fr.at(side * 0.28, -0.05), fr.at(side * 0.2, 0.31),
                                            fr.at(side * 0.02, 0.25)};
        std::vector<cv::Point2f> fall; // its shadow on the neck and shirt
        for (const auto& p : flap) {
            fall.emplace_back(p.x, static_cast<float>(p.y + 0.03 * fr.fw));
        }
        shade(canvas, cover(size, fall, 0.025 * fr.fw), 0.3);
        cv::Mat gain(size, CV_32F, cv::Scalar(side < 0 ? 1.0 : 0.93));
        paint(canvas, shaded(size, kShirtCollar, gain), cover(size, flap));
    }
}

void drawJacket(cv::Mat& canvas, const Frame& fr, const cv::Scalar& clothing) {
    const cv::Size size = canvas.size();
    const double bottom = (size.height + 12 - fr.base) / fr.fw;
    // The right half, from the collar out over a rounded shoulder and down the arm.
    std::vector<cv::Point2f> right{fr.at(0.26, 0)};
    bezier(right, fr.at(0.26, 0), fr.at(0.55, 0.03), fr.at(0.85, 0.08), fr.at(1.08, 0.2));
    bezier(right, fr.at(1.08, 0.2), fr.at(1.28, 0.27), fr.at(1.38, 0.45), fr.at(1.4, 0.78));
    right.push_back(fr.at(1.47, bottom));
    std::vector<cv::Point2f> outline = mirrored(fr, right);
    outline.push_back(fr.at(0, 0.66)); // the opening over the shirt
    outline.insert(outline.end(), right.begin(), right.end());

    // Volume: darker toward the outline of the shoulders; light from the upper left; a sheen on
    // the shoulders.
    std::vector<cv::Point2f> silhouette = mirrored(fr, right);
    silhouette.insert(silhouette.end(), right.begin(), right.end());
    cv::Mat inside(size, CV_8U, cv::Scalar(0));
    cv::fillPoly(inside, std::vector<std::vector<cv::Point>>{fixedPoint(silhouette)},
                 cv::Scalar(255), cv::LINE_8, kShift);
    cv::Mat depth;
    cv::distanceTransform(inside, depth, cv::DIST_L2, 3);
    cv::Mat gain(size, CV_32F), sheen(size, CV_32F);
    for (int y = 0; y < size.height; ++y) {
        const auto* d = depth.ptr<float>(y);
        auto* g = gain.ptr<float>(y);
        auto* s = sheen.ptr<float>(y);
        const double v = (y - fr.base) / fr.fw;
        for (int x = 0; x < size.width; ++x) {
            const double u = (x - fr.cx) / fr.fw;
            const double volume = 0.8 + 0.2 * std::pow(std::min(1.0, d[x] / (0.16 * fr.fw)), 0.7);
            const double light =
                1.08 - 0.08 * std::clamp(u / 1.4, -1.0, 1.0) - 0.06 * std::clamp(v / 1.5, 0.0, 1.0);
            g[x] = static_cast<float>(volume * light);
            const double shoulder = (std::abs(u) - 0.95) / 0.28, top = (v - 0.2) / 0.12;
            s[x] = static_cast<float>((u < 0 ? 16.0 : 9.0) *
                                      std::exp(-(shoulder * shoulder + top * top)));
        }
    }
    cv::Mat colour = shaded(size, clothing, gain);
    cv::Mat sheen3;
    cv::merge(std::vector<cv::Mat>{sheen, sheen, sheen}, sheen3);
    colour += sheen3;
    for (const double side : {-1.0, 1.0}) {
        // A fold down from the armpit, and the lapel with the soft shadow it casts.
        const std::vector<cv::Point2f> fold{fr.at(side * 0.8, 0.5), fr.at(side * 0.7, 0.85),
                                            fr.at(side * 0.64, 1.4)};
        shade(colour, stroke(size, fold, 0.05 * fr.fw, 0.05 * fr.fw), 0.16);
        const std::vector<cv::Point2f> lapel{fr.at(side * 0.26, 0), fr.at(side * 0.43, 0.33),
                                             fr.at(side * 0.07, 0.98), fr.at(0, 0.66)};
        const std::vector<cv::Point2f> edge{fr.at(side * 0.45, 0.33), fr.at(side * 0.09, 1.0)};
        shade(colour, stroke(size, edge, 0.03 * fr.fw, 0.03 * fr.fw), 0.4);
        cv::Mat lapelColour = colour * (side < 0 ? 1.1 : 1.02);
        paint(colour, lapelColour, cover(size, lapel));
    }
    paint(canvas, colour, cover(size, outline));
}

} // namespace

void drawBody(cv::Mat& canvas, const BodyFrame& f, const cv::Scalar& skin,
              const cv::Scalar& clothing) {
    const Frame fr{f.centreX, f.chin.y + 0.2 * f.faceHeight, f.faceWidth};
    cv::Mat work;
    canvas.convertTo(work, CV_32FC3);
    drawShirt(work, fr);
    drawNeck(work, f, fr, skin);
    drawCollar(work, fr);
    drawJacket(work, fr, clothing);
    work.convertTo(canvas, CV_8UC3);
}

} // namespace gp::demo
