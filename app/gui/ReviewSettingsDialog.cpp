#include "ReviewSettingsDialog.h"

#include "Text.h"
#include "core/review/Dashboard.h"

#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <chrono>

namespace gp::gui {

namespace {
const char* const kLanguages[] = {"", "zh_CN", "en"};
}

ReviewSettingsDialog::ReviewSettingsDialog(wxWindow* parent, const wxString& reviewer,
                                           const wxString& language,
                                           const std::vector<checks::ProfileInfo>& profiles,
                                           const std::string& profileId, const wxString& deadline)
    : wxDialog(parent, wxID_ANY, _("Settings")), profiles_(profiles) {
    reviewer_ = new wxTextCtrl(this, wxID_ANY, reviewer);
    language_ = new wxChoice(this, wxID_ANY);
    language_->Append(_("As the system"));
    language_->Append(wxString::FromUTF8("简体中文"));
    language_->Append("English");
    language_->SetSelection(0);
    for (int i = 1; i < 3; ++i) {
        if (language == kLanguages[i]) {
            language_->SetSelection(i);
        }
    }
    profile_ = new wxChoice(this, wxID_ANY);
    for (std::size_t i = 0; i < profiles_.size(); ++i) {
        profile_->Append(wx(profiles_[i].nameZh) + " (" + wx(profiles_[i].id) + ")");
        if (profiles_[i].id == profileId) {
            profile_->SetSelection(static_cast<int>(i));
        }
    }
    deadline_ = new wxTextCtrl(this, wxID_ANY, deadline);
    deadline_->SetHint("2026-12-31");
    auto* grid = new wxFlexGridSizer(2, 8, 8);
    grid->AddGrowableCol(1, 1);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Reviewer name:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(reviewer_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Language (after a restart):")), 0,
              wxALIGN_CENTER_VERTICAL);
    grid->Add(language_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Photo profile of the workspace:")), 0,
              wxALIGN_CENTER_VERTICAL);
    grid->Add(profile_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Collection deadline (yyyy-mm-dd):")), 0,
              wxALIGN_CENTER_VERTICAL);
    grid->Add(deadline_, 1, wxEXPAND);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, 1, wxEXPAND | wxALL, 12);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(top);
    SetSize(wxSize(std::max(520, GetSize().x), -1));
}

bool ReviewSettingsDialog::TransferDataFromWindow() {
    const auto d = deadline();
    if (!d.empty() && !review::daysUntil(utf8(d), std::chrono::system_clock::now(), 0)) {
        wxMessageBox(_("The deadline must be a date written as yyyy-mm-dd, e.g. 2026-12-31."),
                     _("Settings"), wxOK | wxICON_WARNING, this);
        return false;
    }
    return true;
}

wxString ReviewSettingsDialog::reviewer() const {
    return reviewer_->GetValue().Strip(wxString::both);
}

wxString ReviewSettingsDialog::language() const {
    const int i = language_->GetSelection();
    return i > 0 && i < 3 ? kLanguages[i] : "";
}

std::string ReviewSettingsDialog::profileId() const {
    const int i = profile_->GetSelection();
    return i >= 0 && i < static_cast<int>(profiles_.size())
               ? profiles_[static_cast<std::size_t>(i)].id
               : std::string();
}

wxString ReviewSettingsDialog::deadline() const {
    return deadline_->GetValue().Strip(wxString::both);
}

} // namespace gp::gui
