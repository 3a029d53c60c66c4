#include "AppIcon.h"

#include <wx/bmpbndl.h>
#include <wx/icon.h>

namespace gp::gui {

wxIconBundle appIcons(const std::filesystem::path& templates) {
    wxIconBundle icons;
    const auto file = templates / "icons" / "gradphoto.svg";
    if (!std::filesystem::is_regular_file(file)) {
        return icons;
    }
    const auto bundle =
        wxBitmapBundle::FromSVGFile(wxString::FromUTF8(file.string()), wxSize(256, 256));
    if (!bundle.IsOk()) {
        return icons;
    }
    for (const int side : {16, 24, 32, 48, 64, 128, 256}) {
        wxIcon icon;
        icon.CopyFromBitmap(bundle.GetBitmap(wxSize(side, side)));
        icons.AddIcon(icon);
    }
    return icons;
}

} // namespace gp::gui
