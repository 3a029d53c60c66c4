// The student's earlier photo versions in a strip under the photos; clicking one shows it in
// place of the latest.
#pragma once

#include <wx/image.h>
#include <wx/window.h>

#include <functional>
#include <vector>

namespace gp::gui {

class VersionStrip : public wxWindow {
public:
    struct Item {
        wxImage image; ///< may be invalid
        wxString caption;
    };
    explicit VersionStrip(wxWindow* parent);
    void setItems(std::vector<Item> items, int selected);
    void onChoose(std::function<void(int)> f) { choose_ = std::move(f); }
    std::size_t count() const { return items_.size(); }
    /// The version shown above (its frame drawn); -1 for none.
    int selected() const { return selected_; }
    void select(int index);
    bool hasImage(int index) const;
    /// A thumbnail decoded later (e.g. once the screen is drawn).
    void setImage(int index, wxImage image);
    /// Where item index is drawn, e.g. for a click.
    wxRect itemRect(int index) const;

private:
    void onPaint(wxPaintEvent&);
    void onClick(wxMouseEvent&);
    std::vector<Item> items_;
    int selected_ = -1;
    std::function<void(int)> choose_;
};

} // namespace gp::gui
