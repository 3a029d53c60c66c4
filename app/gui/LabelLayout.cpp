#include "LabelLayout.h"

#include <algorithm>

namespace gp::gui {

namespace {

wxRect inside(wxRect r, const wxRect& bounds) {
    r.x = std::max(bounds.x, std::min(r.x, bounds.GetRight() + 1 - r.width));
    r.y = std::max(bounds.y, std::min(r.y, bounds.GetBottom() + 1 - r.height));
    return r;
}

bool overlapsAny(const wxRect& r, const std::vector<wxRect>& placed) {
    return std::any_of(placed.begin(), placed.end(),
                       [&](const wxRect& p) { return p.Intersects(r); });
}

} // namespace

std::vector<wxRect> placeLabels(const std::vector<wxRect>& wanted, const wxRect& bounds) {
    constexpr int kMaxSteps = 6;
    std::vector<wxRect> placed;
    placed.reserve(wanted.size());
    for (const auto& w : wanted) {
        const wxRect start = inside(w, bounds);
        wxRect best = start;
        const int step = std::max(1, start.height + 1);
        for (int k = 1; k <= kMaxSteps && overlapsAny(best, placed); ++k) {
            // Down first, then up, each time one step further from where it wanted to be.
            const wxRect down =
                inside(wxRect(start.x, start.y + k * step, w.width, w.height), bounds);
            if (!overlapsAny(down, placed)) {
                best = down;
                break;
            }
            const wxRect up =
                inside(wxRect(start.x, start.y - k * step, w.width, w.height), bounds);
            if (!overlapsAny(up, placed)) {
                best = up;
                break;
            }
        }
        placed.push_back(best);
    }
    return placed;
}

} // namespace gp::gui
