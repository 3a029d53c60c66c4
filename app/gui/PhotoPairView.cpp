#include "PhotoPairView.h"

#include "LabelLayout.h"
#include "Text.h"
#include "TextWrap.h"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <algorithm>

namespace gp::gui {

namespace {

constexpr int kCaption = 22; ///< height of the caption line above each photo
constexpr int kGap = 12;

wxColour colourOf(const std::string& verdict) {
    if (verdict == "fail" || verdict == "error") {
        return {230, 40, 40};
    }
    if (verdict == "warn") {
        return {255, 170, 0};
    }
    return {60, 170, 60};
}

struct PlacedLabel {
    wxString text;
    wxColour colour;
    wxRect wanted; ///< where it would go beside its mark, text plus a small margin
};

/// The labels on a pale plate each, moved apart where they would cover each other and kept
/// inside the photo (see placeLabels).
void drawLabels(wxDC& dc, const std::vector<PlacedLabel>& labels, const wxRect& bounds) {
    std::vector<wxRect> wanted;
    for (const auto& l : labels) {
        wanted.push_back(l.wanted);
    }
    const auto placed = placeLabels(wanted, bounds);
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(wxColour(255, 255, 255)));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        dc.DrawRectangle(placed[i]);
        dc.SetTextForeground(labels[i].colour);
        dc.DrawText(labels[i].text, placed[i].GetPosition() + wxPoint(2, 1));
    }
}

} // namespace

PhotoPairView::PhotoPairView(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxSize(300, 260), wxFULL_REPAINT_ON_RESIZE) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &PhotoPairView::onPaint, this);
    Bind(wxEVT_LEFT_DOWN, &PhotoPairView::onMouse, this);
    Bind(wxEVT_MOTION, &PhotoPairView::onMouse, this);
    Bind(wxEVT_MOUSEWHEEL, &PhotoPairView::onMouse, this);
}

void PhotoPairView::setPhotos(ShownPhoto reference, ShownPhoto submission) {
    reference_ = std::move(reference);
    submission_ = std::move(submission);
    Refresh(false);
}

void PhotoPairView::setChecks(std::vector<review::CheckLine> checks) {
    checks_ = std::move(checks);
    highlighted_.clear();
    Refresh(false);
}

void PhotoPairView::setOverlay(bool on) {
    overlay_ = on;
    Refresh(false);
}

void PhotoPairView::highlight(const std::string& checkId) {
    highlighted_ = checkId;
    Refresh(false);
}

void PhotoPairView::zoomIn() {
    zoom_ = std::min(8.0, (zoom_ == 0 ? scale() : zoom_) * 1.25);
    Refresh(false);
}

void PhotoPairView::zoomOut() {
    zoom_ = std::max(0.1, (zoom_ == 0 ? scale() : zoom_) / 1.25);
    Refresh(false);
}

void PhotoPairView::zoomActual() {
    zoom_ = 1.0;
    Refresh(false);
}

void PhotoPairView::zoomFit() {
    zoom_ = 0;
    pan_ = {0, 0};
    Refresh(false);
}

double PhotoPairView::fitScale(const ShownPhoto& p) const {
    const auto size = GetClientSize();
    const double halfWidth = (size.x - 3 * kGap) / 2.0;
    const double height = size.y - kCaption - 2 * kGap;
    return std::max(0.05, std::min(halfWidth / p.image.GetWidth(), height / p.image.GetHeight()));
}

double PhotoPairView::scale() const {
    if (zoom_ > 0) {
        return zoom_;
    }
    if (submission_.image.IsOk()) {
        return fitScale(submission_);
    }
    return reference_.image.IsOk() ? fitScale(reference_) : 1.0;
}

double PhotoPairView::referenceScale(double submissionScale) const {
    if (!reference_.image.IsOk()) {
        return submissionScale;
    }
    if (!submission_.image.IsOk()) {
        return zoom_ > 0 ? zoom_ : fitScale(reference_);
    }
    // As tall as the submission as drawn, whatever its pixel size (enrollment photos are often
    // small scans), so the two faces compare at the same size; no larger than its half fits
    // unless zoomed.
    const double sameHeight = submissionScale * submission_.image.GetHeight() /
                              static_cast<double>(reference_.image.GetHeight());
    return zoom_ > 0 ? sameHeight : std::min(sameHeight, fitScale(reference_));
}

void PhotoPairView::drawPhoto(wxDC& dc, const ShownPhoto& photo, const wxRect& area, double s,
                              bool withMarks) {
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    dc.DrawText(photo.caption, area.x, area.y);
    const wxRect box(area.x, area.y + kCaption, area.width, area.height - kCaption);
    if (!photo.image.IsOk()) {
        dc.SetBrush(wxBrush(wxColour(225, 225, 225)));
        dc.SetPen(wxPen(wxColour(190, 190, 190)));
        const int w = std::min(box.width, 240), h = std::min(box.height, 320);
        wxRect r(box.x + (box.width - w) / 2, box.y, w, h);
        dc.DrawRectangle(r);
        dc.SetTextForeground(wxColour(90, 90, 90));
        const auto message = photo.error.empty() ? wxString(_("No photo")) : photo.error;
        dc.DrawLabel(wrapText(*this, message, r.width - 16), r.Deflate(8), wxALIGN_CENTER);
        return;
    }
    const int w = static_cast<int>(photo.image.GetWidth() * s);
    const int h = static_cast<int>(photo.image.GetHeight() * s);
    if (withMarks) {
        drawnSize_ = wxSize(w, h);
    }
    const int x = box.x + (box.width - w) / 2 + pan_.x;
    const int y = box.y + pan_.y;
    dc.SetClippingRegion(box);
    dc.DrawBitmap(
        wxBitmap(photo.image.Scale(std::max(1, w), std::max(1, h), wxIMAGE_QUALITY_BILINEAR)), x,
        y);
    if (withMarks && overlay_) {
        auto at = [&](int px, int py) {
            return wxPoint(x + static_cast<int>(px * s), y + static_cast<int>(py * s));
        };
        std::vector<PlacedLabel> labels;
        for (const auto& check : checks_) {
            const bool chosen = highlighted_.empty() || highlighted_ == check.checkId;
            if (!chosen) {
                continue;
            }
            const bool quiet = check.verdict == "pass" || check.verdict == "not_applicable";
            const auto colour = colourOf(check.verdict);
            const int width = highlighted_.empty() ? 1 : 3;
            for (const auto& m : check.marks) {
                const auto& c = m.coords;
                using Kind = review::OverlayMark::Kind;
                if (quiet && highlighted_.empty() &&
                    (m.kind == Kind::Box || m.kind == Kind::Point)) {
                    continue;
                }
                ++marksDrawn_;
                dc.SetPen(wxPen(colour, width));
                dc.SetBrush(*wxTRANSPARENT_BRUSH);
                if ((m.kind == Kind::Line) && c.size() >= 4) {
                    dc.DrawLine(at(c[0], c[1]), at(c[2], c[3]));
                } else if (m.kind == Kind::Box && c.size() >= 4) {
                    dc.DrawRectangle(wxRect(at(c[0], c[1]), at(c[0] + c[2], c[1] + c[3])));
                } else if (m.kind == Kind::Band && c.size() >= 4) {
                    // Bands are translucent so the face stays visible under them.
                    wxColour fill(colour.Red(), colour.Green(), colour.Blue(), 60);
                    dc.SetBrush(wxBrush(fill, wxBRUSHSTYLE_CROSSDIAG_HATCH));
                    dc.SetPen(wxPen(colour, 1, wxPENSTYLE_SHORT_DASH));
                    dc.DrawRectangle(wxRect(at(c[0], c[1]), at(c[0] + c[2], c[1] + c[3])));
                } else if (m.kind == Kind::Point && c.size() >= 2) {
                    dc.SetBrush(wxBrush(colour));
                    dc.DrawCircle(at(c[0], c[1]), 2);
                }
                if (!quiet && !m.label.empty() && c.size() >= 2) {
                    const auto label = wx(m.label);
                    const auto extent = dc.GetTextExtent(label) + wxSize(4, 2);
                    // A line's label at its right end, a band's at its left: they do not
                    // cover each other when a line lies near a band's edge.
                    const auto where = m.kind == Kind::Line && c.size() >= 4
                                           ? at(c[2], c[3]) - wxPoint(extent.x + 2, -2)
                                           : at(c[0], c[1]) + wxPoint(2, 2);
                    labels.push_back({label, colour, wxRect(where, extent)});
                }
            }
        }
        drawLabels(dc, labels, wxRect(x, y, w, h).Intersect(box));
    }
    dc.DestroyClippingRegion();
}

void PhotoPairView::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    dc.SetFont(GetFont());
    const auto size = GetClientSize();
    const int half = (size.x - 3 * kGap) / 2;
    const double s = scale();
    drawnSize_ = wxSize();
    marksDrawn_ = 0;
    drawPhoto(dc, reference_, wxRect(kGap, kGap, half, size.y - 2 * kGap), referenceScale(s),
              false);
    drawPhoto(dc, submission_, wxRect(2 * kGap + half, kGap, half, size.y - 2 * kGap), s, true);
}

void PhotoPairView::onMouse(wxMouseEvent& e) {
    if (e.GetEventType() == wxEVT_MOUSEWHEEL) {
        e.GetWheelRotation() > 0 ? zoomIn() : zoomOut();
        return;
    }
    if (e.LeftDown()) {
        dragFrom_ = e.GetPosition();
        SetFocus();
    } else if (e.Dragging() && e.LeftIsDown()) {
        pan_ += e.GetPosition() - dragFrom_;
        dragFrom_ = e.GetPosition();
        Refresh(false);
    }
    e.Skip();
}

} // namespace gp::gui
