#include "PhotoImportDialog.h"

#include "Text.h"

#include <wx/button.h>
#include <wx/filepicker.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/rearrangectrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <array>

namespace gp::gui {

namespace {

constexpr std::array kKeys{intake::MatchKey::StudentNo, intake::MatchKey::IdNumber,
                           intake::MatchKey::ExamNo, intake::MatchKey::CollectionCode};

wxString keyLabel(intake::MatchKey key) {
    switch (key) {
    case intake::MatchKey::StudentNo:
        return _("Student number");
    case intake::MatchKey::IdNumber:
        return _("ID number");
    case intake::MatchKey::ExamNo:
        return _("Exam number");
    default:
        return _("Collection code");
    }
}

} // namespace

wxString photoImportTitle(intake::PhotoKind kind) {
    switch (kind) {
    case intake::PhotoKind::Enrollment:
        return _("Import Enrollment Photos");
    case intake::PhotoKind::IdCard:
        return _("Import ID-card Photos");
    default:
        return _("Import Photos");
    }
}

PhotoImportDialog::PhotoImportDialog(wxWindow* parent, intake::PhotoKind kind)
    : wxDialog(parent, wxID_ANY, photoImportTitle(kind), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const int gap = FromDIP(12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(10));
    grid->AddGrowableCol(1, 1);
    fromFolder_ = new wxRadioButton(this, wxID_ANY, _("From a &folder:"), wxDefaultPosition,
                                    wxDefaultSize, wxRB_GROUP);
    folder_ = new wxDirPickerCtrl(
        this, wxID_ANY, wxEmptyString, _("Choose the folder holding the photos"), wxDefaultPosition,
        FromDIP(wxSize(420, -1)),
        wxDIRP_DEFAULT_STYLE | wxDIRP_USE_TEXTCTRL | wxDIRP_DIR_MUST_EXIST);
    grid->Add(fromFolder_, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(folder_, 1, wxEXPAND);
    fromZip_ = new wxRadioButton(this, wxID_ANY, _("From a &zip file:"));
    zip_ = new wxFilePickerCtrl(this, wxID_ANY, wxEmptyString, _("Choose the zip file"),
                                _("Zip files (*.zip)|*.zip;*.ZIP|All files|*"), wxDefaultPosition,
                                FromDIP(wxSize(420, -1)),
                                wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    grid->Add(fromZip_, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(zip_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Manifest (optional):")), 0,
              wxALIGN_CENTER_VERTICAL);
    manifest_ = new wxFilePickerCtrl(
        this, wxID_ANY, wxEmptyString, _("Choose the manifest listing key and file name"),
        _("Spreadsheets (*.xlsx;*.xls;*.ods;*.csv)|*.xlsx;*.xls;*.ods;*.csv;*.XLSX;*.XLS;*.CSV|"
          "All files|*"),
        wxDefaultPosition, FromDIP(wxSize(420, -1)),
        wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    grid->Add(manifest_, 1, wxEXPAND);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap);

    sizer->Add(new wxStaticText(this, wxID_ANY,
                                _("Match file names by (ticked keys, tried from the top):")),
               0, wxLEFT | wxRIGHT, gap);
    wxArrayInt order;
    wxArrayString items;
    for (std::size_t i = 0; i < kKeys.size(); ++i) {
        order.Add(static_cast<int>(i));
        items.Add(keyLabel(kKeys[i]));
    }
    auto* keys = new wxRearrangeCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 120)),
                                     order, items);
    keys_ = keys->GetList();
    sizer->Add(keys, 0, wxEXPAND | wxALL, gap);

    auto* buttons = new wxStdDialogButtonSizer;
    buttons->AddButton(new wxButton(this, wxID_OK, _("&Import")));
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizerAndFit(sizer);
    CentreOnParent();

    fromFolder_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { updateEnabled(); });
    fromZip_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { updateEnabled(); });
    updateEnabled();
}

void PhotoImportDialog::updateEnabled() {
    folder_->Enable(fromFolder_->GetValue());
    zip_->Enable(fromZip_->GetValue());
}

std::filesystem::path PhotoImportDialog::source() const {
    return utf8(fromFolder_->GetValue() ? folder_->GetPath() : zip_->GetPath());
}

std::filesystem::path PhotoImportDialog::manifest() const {
    return utf8(manifest_->GetPath());
}

std::vector<intake::MatchKey> PhotoImportDialog::matchBy() const {
    std::vector<intake::MatchKey> keys;
    for (const int i : keys_->GetCurrentOrder()) {
        if (i >= 0) {
            keys.push_back(kKeys[static_cast<std::size_t>(i)]);
        }
    }
    return keys;
}

void PhotoImportDialog::setFolder(const std::filesystem::path& folder) {
    fromFolder_->SetValue(true);
    folder_->SetPath(wx(folder));
    updateEnabled();
}

void PhotoImportDialog::setZip(const std::filesystem::path& zip) {
    fromZip_->SetValue(true);
    zip_->SetPath(wx(zip));
    updateEnabled();
}

void PhotoImportDialog::setManifest(const std::filesystem::path& manifest) {
    manifest_->SetPath(wx(manifest));
}

void PhotoImportDialog::setMatchBy(const std::vector<intake::MatchKey>& wanted) {
    for (unsigned i = 0; i < keys_->GetCount(); ++i) {
        keys_->Check(i, false);
    }
    // Bring the wanted keys to the top in the wanted order, ticked.
    for (std::size_t pos = 0; pos < wanted.size(); ++pos) {
        for (unsigned i = 0; i < keys_->GetCount(); ++i) {
            const int item = keys_->GetCurrentOrder()[i];
            const int index = item >= 0 ? item : ~item;
            if (kKeys[static_cast<std::size_t>(index)] == wanted[pos]) {
                keys_->SetSelection(static_cast<int>(i));
                while (static_cast<std::size_t>(keys_->GetSelection()) > pos &&
                       keys_->MoveCurrentUp()) {
                }
                keys_->Check(static_cast<unsigned>(pos), true);
                break;
            }
        }
    }
}

bool PhotoImportDialog::TransferDataFromWindow() {
    std::error_code ec;
    const auto path = source();
    if (path.empty() || !std::filesystem::exists(path, ec)) {
        problem_ = fromFolder_->GetValue() ? _("Choose the folder holding the photos.")
                                           : _("Choose the zip file holding the photos.");
    } else if (matchBy().empty() && manifest().empty()) {
        problem_ = _("Tick at least one key to match file names by, or choose a manifest.");
    } else {
        problem_.clear();
        return true;
    }
    if (IsShown()) {
        wxMessageBox(problem_, GetTitle(), wxOK | wxICON_WARNING, this);
    }
    return false;
}

} // namespace gp::gui
