#include "NewWorkspaceDialog.h"

#include "Text.h"

#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/translation.h>

namespace gp::gui {

NewWorkspaceDialog::NewWorkspaceDialog(wxWindow* parent,
                                       const std::vector<checks::ProfileInfo>& profiles,
                                       const wxString& defaultLocation)
    : wxDialog(parent, wxID_ANY, _("New Workspace")), profiles_(profiles) {
    auto* grid = new wxFlexGridSizer(2, wxSize(12, 10));
    grid->AddGrowableCol(1);

    grid->Add(new wxStaticText(this, wxID_ANY, _("Campaign name:")), 0, wxALIGN_CENTER_VERTICAL);
    name_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxSize(380, -1));
    name_->SetHint(_("e.g. 2026 spring graduates"));
    grid->Add(name_, 1, wxEXPAND);

    grid->Add(new wxStaticText(this, wxID_ANY, _("Create in folder:")), 0, wxALIGN_CENTER_VERTICAL);
    location_ = new wxDirPickerCtrl(this, wxID_ANY, defaultLocation, _("Choose a folder"));
    grid->Add(location_, 1, wxEXPAND);

    grid->Add(new wxStaticText(this, wxID_ANY, _("Photo standard:")), 0, wxALIGN_CENTER_VERTICAL);
    profile_ = new wxChoice(this, wxID_ANY);
    const bool chinese = wxTranslations::Get() != nullptr &&
                         wxTranslations::Get()->GetBestTranslation("gradphoto").StartsWith("zh");
    for (const auto& p : profiles_) {
        profile_->Append(wx(chinese ? p.nameZh : p.nameEn));
        if (p.id == checks::ProfileCatalog::kDefaultProfile) {
            profile_->SetSelection(static_cast<int>(profile_->GetCount()) - 1);
        }
    }
    if (profile_->GetSelection() == wxNOT_FOUND && !profiles_.empty()) {
        profile_->SetSelection(0);
    }
    grid->Add(profile_, 1, wxEXPAND);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, 16);
    sizer->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(sizer);
    name_->SetFocus();
}

bool NewWorkspaceDialog::TransferDataFromWindow() {
    if (name_->GetValue().Strip(wxString::both).empty()) {
        wxMessageBox(_("Give the campaign a name; it becomes the workspace folder's name."),
                     _("New Workspace"), wxOK | wxICON_WARNING, this);
        return false;
    }
    if (location_->GetPath().empty()) {
        wxMessageBox(_("Choose the folder to create the workspace in."), _("New Workspace"),
                     wxOK | wxICON_WARNING, this);
        return false;
    }
    return true;
}

std::filesystem::path NewWorkspaceDialog::folder() const {
    return std::filesystem::path(utf8(location_->GetPath())) / utf8(folderNameFor(campaignName()));
}

wxString folderNameFor(const wxString& campaignName) {
    // A campaign name may hold characters a folder name cannot ("2025/2026学年"), or be "..".
    wxString name = campaignName;
    for (const auto bad : wxString("/\\:*?\"<>|")) {
        name.Replace(wxString(bad), "-");
    }
    name = name.Strip(wxString::both);
    while (name.StartsWith(".")) {
        name = name.Mid(1);
    }
    return name.empty() ? wxString("workspace") : name;
}

wxString NewWorkspaceDialog::campaignName() const {
    return name_->GetValue().Strip(wxString::both);
}

std::string NewWorkspaceDialog::profileId() const {
    const int i = profile_->GetSelection();
    return i == wxNOT_FOUND ? std::string(checks::ProfileCatalog::kDefaultProfile)
                            : profiles_[static_cast<std::size_t>(i)].id;
}

} // namespace gp::gui
