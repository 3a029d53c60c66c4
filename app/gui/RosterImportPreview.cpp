#include "RosterImportPreview.h"

#include "StatusLabels.h"
#include "TableView.h"
#include "Text.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

namespace gp::gui {

namespace {

wxString number(std::size_t n) {
    return wxString::Format("%zu", n);
}

wxString rowNumber(int row) {
    return row > 0 ? wxString::Format("%d", row) : wxString();
}

} // namespace

RosterImportPreview::RosterImportPreview(wxWindow* parent, const intake::RosterPlan& plan,
                                         RosterPreviewModel model,
                                         const std::filesystem::path& report,
                                         const std::string& reportError,
                                         const std::filesystem::path& exportsDir)
    : wxDialog(parent, wxID_ANY, _("Import Roster: Preview"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      model_(std::move(model)), exportsDir_(exportsDir) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(12);

    auto* title = new wxStaticText(this, wxID_ANY, wx(plan.file.filename()));
    title->SetFont(title->GetFont().Scaled(1.3f).Bold());
    sizer->Add(title, 0, wxLEFT | wxRIGHT | wxTOP, gap);
    wxString where = wxString::Format(_("File: %s"), wx(plan.file));
    if (!plan.sheetName.empty()) {
        where += "\n" + wxString::Format(_("Sheet: %s, header in row %d"), wx(plan.sheetName),
                                         plan.headerRow);
    } else {
        where += "\n" + wxString::Format(_("Header in row %d"), plan.headerRow);
    }
    if (!plan.encoding.empty()) {
        where += "  " + wxString::Format(_("(text encoding %s)"), wx(plan.encoding));
    }
    sizer->Add(new wxStaticText(this, wxID_ANY, where), 0, wxALL, gap);

    // The counts, two rows of label: value pairs.
    const auto& c = model_.counts();
    auto* grid = new wxFlexGridSizer(8, FromDIP(4), FromDIP(12));
    auto addCount = [&](const wxString& label, std::size_t n, bool alarm = false) {
        grid->Add(new wxStaticText(this, wxID_ANY, wxString::Format(_("%s:"), label)), 0,
                  wxALIGN_CENTER_VERTICAL);
        auto* value = new wxStaticText(this, wxID_ANY, number(n));
        value->SetFont(value->GetFont().Bold());
        if (alarm && n > 0) {
            value->SetForegroundColour(wxColour(176, 0, 32));
        }
        grid->Add(value, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
    };
    addCount(_("Rows read"), c.rowsRead);
    addCount(_("Added"), c.added);
    addCount(_("Changed"), c.changed);
    addCount(_("No longer listed"), c.withdrawn);
    addCount(_("Unchanged"), c.unchanged);
    addCount(_("Rows with errors"), c.errorRows, true);
    addCount(_("New teaching centers"), c.newCenters);
    sizer->Add(grid, 0, wxLEFT | wxRIGHT | wxBOTTOM, gap);

    notebook_ = new wxNotebook(this, wxID_ANY);
    const auto& problems = model_.problems();
    lists_[Problems] = new TableView(notebook_, {{_("Row"), 56, wxLIST_FORMAT_RIGHT},
                                                 {_("Column"), 90},
                                                 {_("Value"), 180},
                                                 {_("Severity"), 64},
                                                 {_("Problem"), 260},
                                                 {_("What to do"), 320}});
    lists_[Problems]->setRows(
        static_cast<long>(problems.size()),
        [&problems](long row, long column) -> wxString {
            const auto& p = problems[static_cast<std::size_t>(row)];
            switch (column) {
            case 0:
                return rowNumber(p.row);
            case 1:
                return wx(p.column);
            case 2:
                return wx(p.value);
            case 3:
                return p.error ? _("Error") : _("Warning");
            case 4:
                return wx(p.problem);
            default:
                return wx(p.action);
            }
        },
        [&problems](long row) { return problems[static_cast<std::size_t>(row)].error; });

    const auto& added = model_.added();
    lists_[Added] = new TableView(notebook_, {{_("Row"), 56, wxLIST_FORMAT_RIGHT},
                                              {_("Student number"), 130},
                                              {_("Name"), 100},
                                              {_("Sex"), 50},
                                              {_("ID number"), 170},
                                              {_("Teaching center"), 260}});
    lists_[Added]->setRows(
        static_cast<long>(added.size()),
        [&added](long row, long column) -> wxString {
            const auto& a = added[static_cast<std::size_t>(row)];
            switch (column) {
            case 0:
                return rowNumber(a.row);
            case 1:
                return wx(a.studentNo);
            case 2:
                return wx(a.name);
            case 3:
                return wx(a.sex);
            case 4:
                return wx(a.idNumber);
            default:
                return wx(a.center);
            }
        },
        [&added](long row) { return added[static_cast<std::size_t>(row)].hasError; });

    const auto& changes = model_.changes();
    lists_[Changed] = new TableView(notebook_, {{_("Student number"), 130},
                                                {_("Name"), 100},
                                                {_("Field"), 110},
                                                {_("Old value"), 230},
                                                {_("New value"), 230}});
    lists_[Changed]->setRows(static_cast<long>(changes.size()),
                             [&changes](long row, long column) -> wxString {
                                 const auto& ch = changes[static_cast<std::size_t>(row)];
                                 switch (column) {
                                 case 0:
                                     return wx(ch.studentNo);
                                 case 1:
                                     return wx(ch.name);
                                 case 2:
                                     return wx(ch.field);
                                 case 3:
                                     return wx(ch.before);
                                 default:
                                     return wx(ch.after);
                                 }
                             });

    const auto& withdrawn = model_.withdrawn();
    lists_[Withdrawn] = new TableView(notebook_, {{_("Student number"), 130},
                                                  {_("Name"), 100},
                                                  {_("Status"), 120},
                                                  {_("What happens"), 380}});
    lists_[Withdrawn]->setRows(static_cast<long>(withdrawn.size()),
                               [&withdrawn](long row, long column) -> wxString {
                                   const auto& w = withdrawn[static_cast<std::size_t>(row)];
                                   switch (column) {
                                   case 0:
                                       return wx(w.studentNo);
                                   case 1:
                                       return wx(w.name);
                                   case 2:
                                       return statusLabel(w.status);
                                   default:
                                       return _("Marked as withdrawn; photos and decisions are "
                                                "kept");
                                   }
                               });

    const auto& centers = model_.newCenters();
    lists_[NewCenters] =
        new TableView(notebook_, {{_("Teaching center"), 300}, {_("What happens"), 420}});
    lists_[NewCenters]->setRows(static_cast<long>(centers.size()),
                                [&centers](long row, long column) -> wxString {
                                    if (column == 0) {
                                        return wx(centers[static_cast<std::size_t>(row)]);
                                    }
                                    return _("Created; import the centers' sheet for its "
                                             "contact and mailing address");
                                });

    for (int p = 0; p < PageCount; ++p) {
        notebook_->AddPage(lists_[p], pageLabel(static_cast<Page>(p)));
    }
    sizer->Add(notebook_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);

    // The report workbook, and the folder it is in.
    auto* reportRow = new wxBoxSizer(wxHORIZONTAL);
    const wxString reportText =
        !report.empty()
            ? wxString::Format(_("The problems and changes are also in %s"), wx(report.filename()))
            : wxString::Format(_("The report workbook could not be written: %s"), wx(reportError));
    reportRow->Add(new wxStaticText(this, wxID_ANY, reportText), 1, wxALIGN_CENTER_VERTICAL);
    auto* openFolder = new wxButton(this, wxID_ANY, _("Open Exports Folder"));
    openFolder->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openExports(); });
    reportRow->Add(openFolder, 0, wxLEFT, gap);
    sizer->Add(reportRow, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

    validOnly_ = new wxCheckBox(
        this, wxID_ANY,
        c.errorRows > 0
            ? wxString::Format(_("Import only the valid rows (%zu rows with errors are left out)"),
                               c.errorRows)
            : _("Import only the valid rows"));
    validOnly_->Enable(c.errorRows > 0);
    validOnly_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { updateImportButton(); });
    sizer->Add(validOnly_, 0, wxLEFT | wxRIGHT | wxTOP, gap);

    withdrawsMany_ = plan.withdrawsMany;
    allowWithdraw_ = new wxCheckBox(
        this, wxID_ANY,
        wxString::Format(_("Yes, mark %zu students as no longer listed (this is the whole roster)"),
                         plan.withdrawn.size()));
    allowWithdraw_->Show(withdrawsMany_);
    allowWithdraw_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { updateImportButton(); });
    sizer->Add(allowWithdraw_, 0, wxLEFT | wxRIGHT | wxTOP, gap);

    auto* buttons = new wxStdDialogButtonSizer;
    import_ = new wxButton(this, wxID_OK, _("&Import"));
    buttons->AddButton(import_);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    import_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { apply(); });
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);

    SetSizer(sizer);
    SetSize(FromDIP(wxSize(980, 640)));
    SetMinSize(FromDIP(wxSize(640, 420)));
    CentreOnParent();
    showPage(c.errorRows > 0 || !problems.empty() ? Problems : Added);
    updateImportButton();
}

wxString RosterImportPreview::pageLabel(Page page) const {
    switch (page) {
    case Problems:
        return wxString::Format(_("Problems (%zu)"), model_.problems().size());
    case Added:
        return wxString::Format(_("Added (%zu)"), model_.added().size());
    case Changed:
        return wxString::Format(_("Changed (%zu)"), model_.changes().size());
    case Withdrawn:
        return wxString::Format(_("No longer listed (%zu)"), model_.withdrawn().size());
    default:
        return wxString::Format(_("New centers (%zu)"), model_.newCenters().size());
    }
}

void RosterImportPreview::showPage(Page page) {
    notebook_->SetSelection(static_cast<size_t>(page));
}

bool RosterImportPreview::validRowsOnly() const {
    return validOnly_->IsChecked();
}

void RosterImportPreview::setValidRowsOnly(bool on) {
    validOnly_->SetValue(on && validOnly_->IsEnabled());
    updateImportButton();
}

bool RosterImportPreview::withdrawingManyAllowed() const {
    return allowWithdraw_->IsChecked();
}

void RosterImportPreview::setWithdrawingManyAllowed(bool on) {
    allowWithdraw_->SetValue(on);
    updateImportButton();
}

bool RosterImportPreview::canImport() const {
    return model_.canImport(validRowsOnly()) && (!withdrawsMany_ || withdrawingManyAllowed());
}

bool RosterImportPreview::apply() {
    if (!canImport()) {
        return false;
    }
    applied_ = true;
    if (IsModal()) {
        EndModal(wxID_OK);
    }
    return true;
}

void RosterImportPreview::updateImportButton() {
    import_->Enable(canImport());
}

void RosterImportPreview::openExports() {
    wxLaunchDefaultApplication(wx(exportsDir_));
}

} // namespace gp::gui
