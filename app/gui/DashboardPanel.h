// Progress per teaching center as stacked bars (未提交 / 待审核 / 通过 / 需重拍) with counts,
// the share approved and the days left to the deadline; clicking a center's bar shows its
// students in the review list.
#pragma once

#include "core/review/Dashboard.h"

#include <wx/scrolwin.h>

#include <functional>

namespace gp::gui {

class DashboardPanel : public wxScrolledWindow {
public:
    explicit DashboardPanel(wxWindow* parent);
    void show(review::DashboardFigures figures);
    void onCenterClicked(std::function<void(domain::CenterId)> f) { clicked_ = std::move(f); }
    const review::DashboardFigures& figures() const { return figures_; }
    /// The center whose bar is at this point of the window, if any.
    std::optional<domain::CenterId> centerAt(wxPoint p) const;

private:
    void onPaint(wxPaintEvent&);
    void onClick(wxMouseEvent&);
    review::DashboardFigures figures_;
    std::function<void(domain::CenterId)> clicked_;
};

} // namespace gp::gui
