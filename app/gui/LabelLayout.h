// Where the labels of the overlay marks go on the photo: each as near its mark as it can be
// without covering a label placed before it, and inside the photo, so no label is cut off at
// its edge or hidden under another (the head-top line's label over the head-top band's).
#pragma once

#include <wx/gdicmn.h>

#include <vector>

namespace gp::gui {

/// The rectangles the labels take, in order: each wanted rectangle moved into `bounds` (as far
/// as it fits) and then, while it overlaps one already placed, one label height down or up,
/// whichever is nearer, trying at most a few steps each way.
std::vector<wxRect> placeLabels(const std::vector<wxRect>& wanted, const wxRect& bounds);

} // namespace gp::gui
