#include "VersionStrip.h"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

namespace gp::gui {

namespace {
constexpr int kThumbH = 64, kThumbW = 48, kCell = 96;
}

VersionStrip::VersionStrip(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, kThumbH + 26)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &VersionStrip::onPaint, this);
    Bind(wxEVT_LEFT_DOWN, &VersionStrip::onClick, this);
}

namespace {
wxImage thumbnail(const wxImage& image) {
    if (!image.IsOk()) {
        return image;
    }
    const double s =
        std::min(double(kThumbW) / image.GetWidth(), double(kThumbH) / image.GetHeight());
    return image.Scale(std::max(1, int(image.GetWidth() * s)),
                       std::max(1, int(image.GetHeight() * s)), wxIMAGE_QUALITY_BILINEAR);
}
} // namespace

void VersionStrip::setItems(std::vector<Item> items, int selected) {
    items_ = std::move(items);
    for (auto& i : items_) {
        i.image = thumbnail(i.image);
    }
    selected_ = selected;
    Refresh(false);
}

void VersionStrip::select(int index) {
    selected_ = index;
    Refresh(false);
}

bool VersionStrip::hasImage(int index) const {
    return index >= 0 && index < static_cast<int>(items_.size()) &&
           items_[static_cast<std::size_t>(index)].image.IsOk();
}

void VersionStrip::setImage(int index, wxImage image) {
    if (index >= 0 && index < static_cast<int>(items_.size())) {
        items_[static_cast<std::size_t>(index)].image = thumbnail(image);
        Refresh(false);
    }
}

wxRect VersionStrip::itemRect(int index) const {
    return {8 + index * kCell - 3, 1, kCell - 6, kThumbH + 24};
}

void VersionStrip::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE)));
    dc.Clear();
    dc.SetFont(GetFont());
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const int x = 8 + static_cast<int>(i) * kCell;
        if (static_cast<int>(i) == selected_) {
            dc.SetPen(wxPen(wxColour(40, 110, 220), 2));
            dc.SetBrush(*wxTRANSPARENT_BRUSH);
            dc.DrawRectangle(x - 3, 1, kCell - 6, kThumbH + 24);
        }
        if (items_[i].image.IsOk()) {
            dc.DrawBitmap(wxBitmap(items_[i].image),
                          x + (kCell - 12 - items_[i].image.GetWidth()) / 2, 3);
        }
        dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_BTNTEXT));
        dc.DrawText(items_[i].caption, x, kThumbH + 6);
    }
}

void VersionStrip::onClick(wxMouseEvent& e) {
    const int i = (e.GetX() - 8) / kCell;
    if (i >= 0 && i < static_cast<int>(items_.size()) && choose_) {
        choose_(i);
    }
}

} // namespace gp::gui
