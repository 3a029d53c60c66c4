// Line-breaking for labels that hold Chinese: wxStaticText::Wrap breaks only at spaces, so a
// Chinese paragraph would be measured as one line and clipped. This breaks at spaces or
// between any two CJK characters, measuring with the window's font.
#pragma once

#include <wx/string.h>

class wxWindow;

namespace gp::gui {

wxString wrapText(const wxWindow& window, const wxString& text, int width);

} // namespace gp::gui
