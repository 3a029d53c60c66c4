// What one check found on one photo: the verdict, the measured values with their units, the
// limit they were held to, the reason code from templates/reasons.json, and where to draw it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gp::checks {

enum class Verdict { Pass, Warn, Fail, NotApplicable, Error };

std::string_view toCode(Verdict v); ///< pass, warn, fail, not_applicable, error

struct Measure {
    std::string name; ///< e.g. "head_top"
    double value = 0;
    std::string unit; ///< px, %, °, KB, ...
};

/// Geometry for the console and the annotated PNG, in the photo's pixel coordinates (the
/// upright image, after EXIF orientation).
struct OverlayShape {
    enum class Kind { Line, Box, Point, Band };
    Kind kind = Kind::Line;
    std::vector<int> coords; ///< Line: x1 y1 x2 y2; Box/Band: x y w h; Point: x y
    std::string label;
};

/// One number (or text) of the limit, by name, so the console can word the limit in its own
/// language: {"min", 50}, {"max", 110}; {"format", 0, "jpeg"}.
struct LimitValue {
    std::string name;
    double value = 0;
    std::string text{}; ///< set for a text value, empty for a number
};

struct CheckOutcome {
    std::string checkId; ///< e.g. "framing.head_top"
    Verdict verdict = Verdict::NotApplicable;
    std::vector<Measure> measures;
    std::string limit;                   ///< as a reviewer reads it, e.g. "50–110 px"
    std::vector<LimitValue> limitValues; ///< the same limit's numbers, e.g. min 50, max 110
    std::string reasonCode;              ///< templates/reasons.json; empty on pass
    std::string detail;                  ///< one sentence, English, for logs and the CLI
    std::vector<OverlayShape> overlay;
};

} // namespace gp::checks
