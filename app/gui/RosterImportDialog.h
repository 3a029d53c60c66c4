// The first step of a roster import: which file (xlsx, xls, ods, csv, txt), and under Options
// which sheet and which column-mapping file. Nothing is read until the preview.
#pragma once

#include <wx/dialog.h>

#include <filesystem>
#include <string>

class wxFilePickerCtrl;
class wxTextCtrl;

namespace gp::gui {

class RosterImportDialog : public wxDialog {
public:
    explicit RosterImportDialog(wxWindow* parent);

    std::filesystem::path file() const;
    std::string sheet() const; ///< empty: the first sheet that holds a roster
    std::filesystem::path mappingFile() const;

    void setFile(const std::filesystem::path& file);

    bool TransferDataFromWindow() override;

private:
    wxFilePickerCtrl* file_ = nullptr;
    wxTextCtrl* sheet_ = nullptr;
    wxFilePickerCtrl* mapping_ = nullptr;
};

} // namespace gp::gui
