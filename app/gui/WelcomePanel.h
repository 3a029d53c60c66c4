// Shown when no workspace is open: what the console is, and how to start.
#pragma once

#include <wx/panel.h>

class wxListBox;

namespace gp::gui {

class WelcomePanel : public wxPanel {
public:
    explicit WelcomePanel(wxWindow* parent);

    /// Fills the list of recently opened workspaces.
    void setRecent(const wxArrayString& folders);

private:
    wxListBox* recent_ = nullptr;
};

} // namespace gp::gui
