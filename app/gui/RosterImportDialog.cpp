#include "RosterImportDialog.h"

#include "Text.h"

#include <wx/button.h>
#include <wx/filepicker.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gp::gui {

RosterImportDialog::RosterImportDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, _("Import Roster"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const int gap = FromDIP(12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("&Roster file:")), 0, wxLEFT | wxRIGHT | wxTOP,
               gap);
    file_ = new wxFilePickerCtrl(
        this, wxID_ANY, wxEmptyString, _("Choose the roster"),
        _("Rosters (*.xlsx;*.xls;*.ods;*.csv;*.txt)|"
          "*.xlsx;*.xls;*.ods;*.csv;*.txt;*.XLSX;*.XLS;*.ODS;*.CSV;*.TXT|All files|*"),
        wxDefaultPosition, FromDIP(wxSize(480, -1)),
        wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    sizer->Add(file_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

    auto* options = new wxStaticBoxSizer(wxVERTICAL, this, _("Options"));
    auto* box = options->GetStaticBox();
    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(10));
    grid->AddGrowableCol(1, 1);
    grid->Add(new wxStaticText(box, wxID_ANY, _("&Sheet:")), 0, wxALIGN_CENTER_VERTICAL);
    sheet_ = new wxTextCtrl(box, wxID_ANY);
    sheet_->SetHint(_("the first sheet that holds a roster"));
    grid->Add(sheet_, 1, wxEXPAND);
    grid->Add(new wxStaticText(box, wxID_ANY, _("&Column mapping:")), 0, wxALIGN_CENTER_VERTICAL);
    mapping_ = new wxFilePickerCtrl(
        box, wxID_ANY, wxEmptyString, _("Choose the column mapping file"),
        _("Column mappings (*.json)|*.json|All files|*"), wxDefaultPosition, wxDefaultSize,
        wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    grid->Add(mapping_, 1, wxEXPAND);
    options->Add(grid, 0, wxEXPAND | wxALL, FromDIP(8));
    options->Add(new wxStaticText(box, wxID_ANY,
                                  _("Without a mapping file the usual Chinese headers are "
                                    "recognised (学号, 姓名, 身份证号, 教学点, ...).")),
                 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    sizer->Add(options, 0, wxEXPAND | wxALL, gap);

    auto* buttons = new wxStdDialogButtonSizer;
    buttons->AddButton(new wxButton(this, wxID_OK, _("&Preview")));
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizerAndFit(sizer);
    CentreOnParent();
}

std::filesystem::path RosterImportDialog::file() const {
    return utf8(file_->GetPath());
}

std::string RosterImportDialog::sheet() const {
    return utf8(sheet_->GetValue().Strip(wxString::both));
}

std::filesystem::path RosterImportDialog::mappingFile() const {
    return utf8(mapping_->GetPath());
}

void RosterImportDialog::setFile(const std::filesystem::path& file) {
    file_->SetPath(wx(file));
}

bool RosterImportDialog::TransferDataFromWindow() {
    std::error_code ec;
    if (file().empty() || !std::filesystem::is_regular_file(file(), ec)) {
        wxMessageBox(_("Choose the roster file."), GetTitle(), wxOK | wxICON_WARNING, this);
        return false;
    }
    return true;
}

} // namespace gp::gui
