#include "PhotoCache.h"

#include "Text.h"

#include <wx/intl.h>
#include <wx/log.h>

namespace gp::gui {

namespace {

wxImage upright(const wxImage& in, int orientation) {
    switch (orientation) {
    case 2:
        return in.Mirror(true);
    case 3:
        return in.Rotate180();
    case 4:
        return in.Mirror(false);
    case 5:
        return in.Rotate90(true).Mirror(true);
    case 6:
        return in.Rotate90(true);
    case 7:
        return in.Rotate90(false).Mirror(true);
    case 8:
        return in.Rotate90(false);
    default:
        return in;
    }
}

} // namespace

ShownPhoto PhotoCache::get(const std::string& sha256, const std::filesystem::path& path,
                           int exifOrientation) {
    const auto it = entries_.find(sha256);
    if (it != entries_.end()) {
        order_.remove(sha256);
        order_.push_front(sha256);
        return it->second;
    }
    ShownPhoto p;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        p.error = _("The original file is missing from the workspace's photos folder.");
    } else {
        wxLogNull quiet; // a broken file is shown as a placeholder, not a log window
        wxImage image;
        if (image.LoadFile(wx(path), wxBITMAP_TYPE_ANY) && image.IsOk()) {
            p.image = upright(image, exifOrientation);
        } else {
            p.error = _("This photo cannot be decoded (damaged, or a format the console "
                        "cannot show).");
        }
    }
    entries_[sha256] = p;
    order_.push_front(sha256);
    while (order_.size() > capacity_) {
        entries_.erase(order_.back());
        order_.pop_back();
    }
    return p;
}

void PhotoCache::clear() {
    entries_.clear();
    order_.clear();
}

} // namespace gp::gui
