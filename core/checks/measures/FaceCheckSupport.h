// What the face-based checks share: the "no face" answer, band texts, eye centres and the
// face's own upright frame (landmarks turned so the eye line is level, so pose measures do not
// change when the whole head tilts).
#pragma once

#include "core/checks/Check.h"

#include <cmath>
#include <cstdio>
#include <exception>
#include <numbers>
#include <string>

namespace gp::checks::face {

inline std::string formatNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

inline std::string bandText(const Band& band, const std::string& unit) {
    return formatNumber(band.min) + "–" + formatNumber(band.max) + (unit.empty() ? "" : " ") + unit;
}

inline int px(double v) {
    return static_cast<int>(std::lround(v));
}

/// Runs a check body; a missing profile key or any other surprise becomes an Error outcome
/// (a check never throws for a photo).
template <typename Body>
CheckOutcome guarded(const std::string& id, Body body) {
    CheckOutcome out;
    out.checkId = id;
    try {
        body(out);
    } catch (const std::exception& e) {
        out.verdict = Verdict::Error;
        out.reasonCode.clear();
        out.detail = e.what();
    }
    return out;
}

/// The main face's landmarks, or nullptr after marking the outcome not applicable.
inline const Landmarks* requireFace(CheckContext& context, CheckOutcome& out) {
    const auto& lm = context.landmarks();
    if (!lm) {
        out.verdict = Verdict::NotApplicable;
        out.detail = context.image().empty() ? "The photo could not be decoded."
                                             : "No face was found, so this cannot be measured.";
        return nullptr;
    }
    return &*lm;
}

inline cv::Point2f mean(const Landmarks& lm, std::size_t first, std::size_t last) {
    cv::Point2f sum(0, 0);
    for (std::size_t i = first; i <= last; ++i) {
        sum += lm[i];
    }
    return sum / static_cast<float>(last - first + 1);
}

/// The person's right eye (left in the image, points 36-41) and left eye (42-47).
inline cv::Point2f rightEyeCentre(const Landmarks& lm) {
    return mean(lm, 36, 41);
}
inline cv::Point2f leftEyeCentre(const Landmarks& lm) {
    return mean(lm, 42, 47);
}

inline double distance(const cv::Point2f& a, const cv::Point2f& b) {
    return std::hypot(static_cast<double>(a.x - b.x), static_cast<double>(a.y - b.y));
}

/// The eye line's angle in degrees, positive when the image-right eye is lower.
inline double rollDegrees(const Landmarks& lm) {
    const auto r = rightEyeCentre(lm);
    const auto l = leftEyeCentre(lm);
    return std::atan2(static_cast<double>(l.y - r.y), static_cast<double>(l.x - r.x)) * 180.0 /
           std::numbers::pi;
}

/// The landmarks turned about the eye midpoint so that the eye line is level.
inline Landmarks uprightFrame(const Landmarks& lm) {
    const double a = -rollDegrees(lm) * std::numbers::pi / 180.0;
    const auto c = (rightEyeCentre(lm) + leftEyeCentre(lm)) / 2.0F;
    const double ca = std::cos(a);
    const double sa = std::sin(a);
    Landmarks out;
    for (std::size_t i = 0; i < lm.size(); ++i) {
        const double dx = lm[i].x - c.x;
        const double dy = lm[i].y - c.y;
        out[i] = cv::Point2f(static_cast<float>(c.x + dx * ca - dy * sa),
                             static_cast<float>(c.y + dx * sa + dy * ca));
    }
    return out;
}

} // namespace gp::checks::face
