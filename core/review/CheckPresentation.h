// A stored check run as the review screen shows it: per check its name, verdict, what was
// measured against the limit, the reason, and the shapes to draw over the photo. Names come
// from templates/check-names.json, the measured values, limits and mark labels worded by
// templates/check-texts.json, reasons from templates/reasons.json.
#pragma once

#include "CheckTexts.h"
#include "ReasonCatalog.h"
#include "core/domain/CheckRun.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace gp::review {

struct OverlayMark {
    enum class Kind { Line, Box, Point, Band };
    Kind kind = Kind::Line;
    std::vector<int> coords; ///< Line: x1 y1 x2 y2; Box/Band: x y w h; Point: x y
    std::string label;       ///< in the language asked for (see CheckTexts::overlayLabel)
};

struct CheckLine {
    std::string checkId;
    std::string name;     ///< in the language asked for
    std::string verdict;  ///< pass, warn, fail, not_applicable, error
    std::string measured; ///< in the language asked for, e.g. "距上边 62 像素"
    std::string limit;    ///< the profile's limit in that language, e.g. "50–110 像素"
    std::string reason;   ///< the reason's label; empty on pass
    std::vector<OverlayMark> marks;
};

class CheckNames {
public:
    /// Reads templates/check-names.json; a missing file leaves the ids as names.
    static CheckNames load(const std::filesystem::path& file);
    std::string name(const std::string& checkId, const std::string& language) const;

private:
    LanguageTexts names_;
};

/// The run's results, failures first, then warnings, then the rest, each in run order.
std::vector<CheckLine> presentChecks(const domain::CheckRun& run, const CheckNames& names,
                                     const CheckTexts& texts, const ReasonCatalog& reasons,
                                     const std::string& language);

std::vector<OverlayMark> parseOverlay(const std::string& overlayJson);

} // namespace gp::review
