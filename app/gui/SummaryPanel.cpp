#include "SummaryPanel.h"

#include "CampaignTime.h"
#include "StatusLabels.h"
#include "Text.h"

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace gp::gui {

SummaryPanel::SummaryPanel(wxWindow* parent, int utcOffsetMinutes)
    : wxPanel(parent, wxID_ANY), utcOffset_(utcOffsetMinutes) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    title_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    title_->SetFont(title_->GetFont().Scaled(1.6f).Bold());
    sizer->Add(title_, 0, wxLEFT | wxRIGHT | wxTOP, 20);
    details_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    sizer->Add(details_, 0, wxALL, 20);

    counts_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    counts_->AppendColumn(_("Item"), wxLIST_FORMAT_LEFT, 260);
    counts_->AppendColumn(_("Count"), wxLIST_FORMAT_RIGHT, 110);
    counts_->AppendColumn(_("Note"), wxLIST_FORMAT_LEFT, 360);
    sizer->Add(counts_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 20);
    SetSizer(sizer);
}

void SummaryPanel::addRow(const wxString& label, std::size_t value, const wxString& note) {
    const long row = counts_->InsertItem(counts_->GetItemCount(), label);
    counts_->SetItem(row, 1, wxString::Format("%zu", value));
    counts_->SetItem(row, 2, note);
}

void SummaryPanel::showHeader(const store::WorkspaceSummary& s, const wxString& profileName) {
    title_->SetLabel(wx(s.name));
    details_->SetLabel(wxString::Format(_("Folder: %s\nPhoto profile: %s  %s\nCreated: %s\n"
                                          "Schema version: %d"),
                                        wx(s.root), wx(s.profileId), profileName,
                                        campaignTime(s.createdAt, utcOffset_, TimeStyle::DateTime),
                                        s.schemaVersion));
    counts_->DeleteAllItems();
}

void SummaryPanel::showCounting(const store::WorkspaceSummary& header,
                                const wxString& profileName) {
    showHeader(header, profileName);
    counts_->InsertItem(0, _("Counting..."));
    Layout();
}

void SummaryPanel::show(const store::WorkspaceSummary& s, const wxString& profileName) {
    showHeader(s, profileName);
    addRow(_("Teaching centers"), s.centers,
           s.centersMissingMailingDetails > 0
               ? wxString::Format(_("%zu without mailing details"), s.centersMissingMailingDetails)
               : wxString());
    addRow(_("Students on the roster"), s.students,
           s.withdrawnStudents > 0
               ? wxString::Format(_("%zu withdrawn, kept with their photos"), s.withdrawnStudents)
               : wxString());
    for (const auto& [status, n] : s.studentsByStatus) {
        addRow("    " + statusLabel(status), n);
    }
    addRow(_("Photo versions submitted"), s.photoVersions);
    addRow(_("Enrollment photos"), s.enrollmentPhotos);
    addRow(_("ID-card photos"), s.idCardPhotos);
    addRow(_("Automated check runs"), s.checkRuns);
    addRow(_("Face comparisons"), s.faceComparisons);
    addRow(_("Review decisions"), s.decisions);
    addRow(_("CHSI upload packages"), s.uploadBatches);
    addRow(_("Mailing batches"), s.mailingBatches);
    addRow(_("Stored photo files"), s.storedFiles,
           wxString::Format(_("%.1f MB in photos/"),
                            static_cast<double>(s.storedBytes) / (1024.0 * 1024.0)));
    Layout();
}

wxString SummaryPanel::rowLabel(long row) const {
    return counts_->GetItemText(row, 0);
}
wxString SummaryPanel::rowValue(long row) const {
    return counts_->GetItemText(row, 1);
}
long SummaryPanel::rowCount() const {
    return counts_->GetItemCount();
}

} // namespace gp::gui
