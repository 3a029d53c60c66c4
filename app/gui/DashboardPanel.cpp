#include "DashboardPanel.h"

#include "Text.h"

#include <wx/dcbuffer.h>
#include <wx/intl.h>
#include <wx/settings.h>

namespace gp::gui {

namespace {

constexpr int kTop = 70, kRow = 34, kBarH = 22, kLabelW = 180, kRightW = 230;

const wxColour kColours[] = {{170, 170, 170}, {240, 180, 40}, {60, 160, 80}, {215, 60, 50}};

} // namespace

DashboardPanel::DashboardPanel(wxWindow* parent) : wxScrolledWindow(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, 10);
    Bind(wxEVT_PAINT, &DashboardPanel::onPaint, this);
    Bind(wxEVT_LEFT_DOWN, &DashboardPanel::onClick, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        Refresh(false);
        e.Skip();
    });
}

void DashboardPanel::show(review::DashboardFigures figures) {
    figures_ = std::move(figures);
    SetVirtualSize(-1, kTop + kRow * static_cast<int>(figures_.centers.size() + 1) + 20);
    Refresh(false);
}

std::optional<domain::CenterId> DashboardPanel::centerAt(wxPoint p) const {
    const auto logical = CalcUnscrolledPosition(p);
    const int i = (logical.y - kTop) / kRow;
    if (logical.y < kTop || i < 0 || i >= static_cast<int>(figures_.centers.size())) {
        return std::nullopt;
    }
    return figures_.centers[static_cast<std::size_t>(i)].centerId;
}

void DashboardPanel::onClick(wxMouseEvent& e) {
    if (const auto c = centerAt(e.GetPosition()); c && clicked_) {
        clicked_(*c);
    }
}

void DashboardPanel::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    dc.SetFont(GetFont());
    const auto text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    dc.SetTextForeground(text);
    const auto& o = figures_.overall;
    wxString head =
        wxString::Format(_("%zu students: %.1f%% approved"), o.total(), o.percentApproved());
    if (figures_.daysLeft) {
        head += "   " +
                (*figures_.daysLeft >= 0
                     ? wxString::Format(_("%d days to the deadline"), *figures_.daysLeft)
                     : wxString::Format(_("the deadline passed %d days ago"), -*figures_.daysLeft));
    }
    auto bold = GetFont().Bold();
    dc.SetFont(bold);
    dc.DrawText(head, 12, 10);
    dc.SetFont(GetFont());
    // The legend.
    const wxString names[] = {_("Not submitted"), _("Awaiting review"), _("Approved"), _("Retake")};
    int x = 12;
    for (int i = 0; i < 4; ++i) {
        dc.SetBrush(wxBrush(kColours[i]));
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.DrawRectangle(x, 40, 14, 14);
        dc.DrawText(names[i], x + 18, 38);
        x += 30 + dc.GetTextExtent(names[i]).x;
    }
    dc.DrawText(_("Click a center to see its students."), x + 20, 38);

    const int width = GetClientSize().x;
    const int barW = std::max(100, width - kLabelW - kRightW - 24);
    std::size_t largest = 1;
    for (const auto& c : figures_.centers) {
        largest = std::max(largest, c.total());
    }
    int y = kTop;
    for (const auto& c : figures_.centers) {
        dc.SetTextForeground(text);
        const auto label = c.centerId == 0 ? _("(no center)") : wx(c.name);
        dc.DrawText(label, 12, y + 3);
        const std::size_t counts[] = {c.notSubmitted, c.awaitingReview, c.approved, c.retake};
        int bx = kLabelW;
        for (int i = 0; i < 4; ++i) {
            const int w = static_cast<int>(static_cast<double>(counts[i]) * barW /
                                           static_cast<double>(largest));
            dc.SetBrush(wxBrush(kColours[i]));
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.DrawRectangle(bx, y, w, kBarH);
            bx += w;
        }
        dc.DrawText(wxString::Format(_("%zu / %zu / %zu / %zu   %.0f%%"), c.notSubmitted,
                                     c.awaitingReview, c.approved, c.retake, c.percentApproved()),
                    kLabelW + barW + 12, y + 3);
        y += kRow;
    }
}

} // namespace gp::gui
