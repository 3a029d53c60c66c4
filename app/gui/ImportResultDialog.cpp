#include "ImportResultDialog.h"

#include "Text.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

namespace gp::gui {

namespace {

TableView::CellText cellsOf(std::shared_ptr<std::vector<std::vector<wxString>>> rows) {
    return [rows = std::move(rows)](long row, long column) {
        const auto& r = (*rows)[static_cast<std::size_t>(row)];
        return static_cast<std::size_t>(column) < r.size() ? r[static_cast<std::size_t>(column)]
                                                           : wxString();
    };
}

} // namespace

ImportResultDialog::ImportResultDialog(wxWindow* parent, const wxString& title,
                                       const wxString& heading)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const int gap = FromDIP(12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    heading_ = new wxStaticText(this, wxID_ANY, heading);
    heading_->SetFont(heading_->GetFont().Scaled(1.2f).Bold());
    sizer->Add(heading_, 0, wxLEFT | wxRIGHT | wxTOP, gap);

    counts_ = new TableView(this, {{_("Item"), 380}, {_("Count"), 90, wxLIST_FORMAT_RIGHT}});
    sizer->Add(counts_, 0, wxLEFT | wxRIGHT | wxTOP, gap);

    notebook_ = new wxNotebook(this, wxID_ANY);
    sizer->Add(notebook_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    notebook_->Hide();

    footnote_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    sizer->Add(footnote_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* openReport = new wxButton(this, wxID_ANY, _("Open &Report"));
    openReport->Bind(wxEVT_BUTTON,
                     [this](wxCommandEvent&) { wxLaunchDefaultApplication(wx(report_)); });
    auto* openFolder = new wxButton(this, wxID_ANY, _("Open E&xports Folder"));
    openFolder->Bind(wxEVT_BUTTON,
                     [this](wxCommandEvent&) { wxLaunchDefaultApplication(wx(folder_)); });
    openReport->Hide();
    openFolder->Hide();
    openReport_ = openReport;
    openFolder_ = openFolder;
    buttons->Add(openReport, 0, wxRIGHT, FromDIP(6));
    buttons->Add(openFolder, 0);
    buttons->AddStretchSpacer();
    auto* close = new wxButton(this, wxID_OK, _("Close"));
    close->SetDefault();
    buttons->Add(close, 0);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetEscapeId(wxID_OK);
    SetSizer(sizer);
}

void ImportResultDialog::addCount(const wxString& label, std::size_t value) {
    countRows_->push_back({label, wxString::Format("%zu", value)});
    counts_->setRows(static_cast<long>(countRows_->size()), cellsOf(countRows_));
}

std::size_t ImportResultDialog::addList(const wxString& tabLabel,
                                        const std::vector<TableView::Column>& columns,
                                        std::vector<std::vector<wxString>> rows) {
    auto* list = new TableView(notebook_, columns);
    auto shared = std::make_shared<Rows>(std::move(rows));
    list->setRows(static_cast<long>(shared->size()), cellsOf(shared));
    notebook_->AddPage(list, tabLabel);
    notebook_->Show();
    lists_.push_back(list);
    return lists_.size() - 1;
}

void ImportResultDialog::setFootnote(const wxString& text) {
    footnote_->SetLabel(text);
}

void ImportResultDialog::setReport(const std::filesystem::path& workbook,
                                   const std::filesystem::path& folder) {
    report_ = workbook;
    folder_ = folder;
    openReport_->Show(!workbook.empty());
    openFolder_->Show(!folder.empty());
}

void ImportResultDialog::finish() {
    // The counts list is as tall as its rows: every count visible without scrolling.
    wxRect row;
    const int rowHeight = counts_->GetItemCount() > 0 && counts_->GetItemRect(0, row)
                              ? row.height
                              : GetCharHeight() + FromDIP(8);
    const int header = rowHeight + FromDIP(8);
    counts_->SetMinSize(
        wxSize(FromDIP(480), header + rowHeight * counts_->GetItemCount() + FromDIP(4)));
    SetSize(FromDIP(lists_.empty() ? wxSize(620, 420) : wxSize(1020, 660)));
    SetMinSize(FromDIP(wxSize(560, 360)));
    Layout();
    CentreOnParent();
}

wxString ImportResultDialog::heading() const {
    return heading_->GetLabel();
}

wxString ImportResultDialog::footnote() const {
    return footnote_->GetLabel();
}

} // namespace gp::gui
