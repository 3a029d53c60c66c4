// Asks where photos come from: a folder or a zip file, an optional manifest listing key and
// file name, and which keys a file name is matched against, in which order (学号, 身份证号,
// 考生号, 采集码; each can be unticked and moved up or down).
#pragma once

#include "core/intake/PhotoIntake.h"

#include <wx/dialog.h>

#include <filesystem>
#include <vector>

class wxDirPickerCtrl;
class wxFilePickerCtrl;
class wxRadioButton;
class wxRearrangeList;

namespace gp::gui {

class PhotoImportDialog : public wxDialog {
public:
    PhotoImportDialog(wxWindow* parent, intake::PhotoKind kind);

    /// The folder or zip file chosen.
    std::filesystem::path source() const;
    std::filesystem::path manifest() const;
    /// The ticked keys, in the order shown.
    std::vector<intake::MatchKey> matchBy() const;

    /// For tests and for remembering the last choice.
    void setFolder(const std::filesystem::path& folder);
    void setZip(const std::filesystem::path& zip);
    void setManifest(const std::filesystem::path& manifest);
    void setMatchBy(const std::vector<intake::MatchKey>& keys);

    /// Checks the choice (what OK does); false with a message in problem().
    bool TransferDataFromWindow() override;
    wxString problem() const { return problem_; }

private:
    void updateEnabled();

    wxRadioButton* fromFolder_ = nullptr;
    wxRadioButton* fromZip_ = nullptr;
    wxDirPickerCtrl* folder_ = nullptr;
    wxFilePickerCtrl* zip_ = nullptr;
    wxFilePickerCtrl* manifest_ = nullptr;
    wxRearrangeList* keys_ = nullptr;
    wxString problem_;
};

/// The dialog and menu title for a kind: "Import Photos", "Import Enrollment Photos", ...
wxString photoImportTitle(intake::PhotoKind kind);

} // namespace gp::gui
