// Settings: the reviewer's name and the console's language (this computer), the workspace's
// photo profile and its collection deadline (the workspace).
#pragma once

#include "core/checks/ProfileCatalog.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace gp::gui {

class ReviewSettingsDialog : public wxDialog {
public:
    ReviewSettingsDialog(wxWindow* parent, const wxString& reviewer, const wxString& language,
                         const std::vector<checks::ProfileInfo>& profiles,
                         const std::string& profileId, const wxString& deadline);

    wxString reviewer() const;
    wxString language() const; ///< "", "zh_CN" or "en"
    std::string profileId() const;
    wxString deadline() const; ///< yyyy-mm-dd or empty
    wxTextCtrl* reviewerField() { return reviewer_; }
    wxTextCtrl* deadlineField() { return deadline_; }

private:
    bool TransferDataFromWindow() override;

    std::vector<checks::ProfileInfo> profiles_;
    wxTextCtrl* reviewer_ = nullptr;
    wxChoice* language_ = nullptr;
    wxChoice* profile_ = nullptr;
    wxTextCtrl* deadline_ = nullptr;
};

} // namespace gp::gui
