// Asks where to create a workspace, what to call the campaign and which photo profile to use.
#pragma once

#include "core/checks/ProfileCatalog.h"

#include <wx/dialog.h>

#include <filesystem>
#include <vector>

class wxChoice;
class wxDirPickerCtrl;
class wxTextCtrl;

namespace gp::gui {

class NewWorkspaceDialog : public wxDialog {
public:
    NewWorkspaceDialog(wxWindow* parent, const std::vector<checks::ProfileInfo>& profiles,
                       const wxString& defaultLocation);

    /// The folder to create: location / campaign name.
    std::filesystem::path folder() const;
    wxString campaignName() const;
    std::string profileId() const;

private:
    bool TransferDataFromWindow() override;

    std::vector<checks::ProfileInfo> profiles_;
    wxDirPickerCtrl* location_ = nullptr;
    wxTextCtrl* name_ = nullptr;
    wxChoice* profile_ = nullptr;
};

/// A folder name made from a campaign name: no path separators or reserved characters, no
/// leading dots, never empty.
wxString folderNameFor(const wxString& campaignName);

} // namespace gp::gui
