// The program's icon (templates/icons/gradphoto.svg, also the desktop entry's) at the sizes
// the window manager asks for.
#pragma once

#include <wx/iconbndl.h>

#include <filesystem>

namespace gp::gui {

/// The icon drawn at 16 to 256 px; an empty bundle when the file is missing or unreadable.
wxIconBundle appIcons(const std::filesystem::path& templates);

} // namespace gp::gui
