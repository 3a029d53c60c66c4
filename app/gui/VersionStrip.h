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

private:
    void onPaint(wxPaintEvent&);
    void onClick(wxMouseEvent&);
    std::vector<Item> items_;
    int selected_ = -1;
    std::function<void(int)> choose_;
};

} // namespace gp::gui
