#include "WelcomePanel.h"

#include "MenuIds.h"
#include "TextWrap.h"

#include <wx/button.h>
#include <wx/font.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace gp::gui {

WelcomePanel::WelcomePanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* title = new wxStaticText(this, wxID_ANY, _("GradPhoto Console"));
    title->SetFont(title->GetFont().Scaled(2.0f).Bold());
    sizer->Add(title, 0, wxALL, 24);

    auto* intro = new wxStaticText(this, wxID_ANY, wxEmptyString);
    intro->SetLabel(wrapText(
        *intro,
        _("Review graduate photos for diploma e-registration: load the roster and the photos, "
          "check them against the photo standard, compare them with the enrollment photos, "
          "decide, and produce the sheets and packages for teaching centers, CHSI and the "
          "mailing room.\n\nA workspace holds one collection campaign. Create one for a new "
          "campaign, or open an existing one."),
        640));
    sizer->Add(intro, 0, wxLEFT | wxRIGHT, 24);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(new wxButton(this, MenuId::NewWorkspace, _("&New Workspace...")), 0, wxRIGHT, 12);
    buttons->Add(new wxButton(this, MenuId::OpenWorkspace, _("&Open Workspace...")));
    sizer->Add(buttons, 0, wxALL, 24);

    sizer->Add(new wxStaticText(this, wxID_ANY, _("Recent workspaces (double-click to open):")), 0,
               wxLEFT | wxRIGHT, 24);
    recent_ = new wxListBox(this, MenuId::RecentList, wxDefaultPosition, wxSize(640, 140));
    sizer->Add(recent_, 0, wxALL, 24);

    SetSizer(sizer);
}

void WelcomePanel::setRecent(const wxArrayString& folders) {
    recent_->Set(folders);
}

} // namespace gp::gui
