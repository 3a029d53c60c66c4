// The roster preview: what an import would do before anything changes. Counts, then the
// problems (errors first), the students added, the changes field by field, those no longer
// listed and the new teaching centers; Import stays disabled while rows have errors unless
// "Import only the valid rows" is ticked.
#pragma once

#include "RosterPreviewModel.h"

#include <wx/dialog.h>

#include <filesystem>
#include <string>

class wxButton;
class wxCheckBox;
class wxNotebook;

namespace gp::gui {

class TableView;

class RosterImportPreview : public wxDialog {
public:
    enum Page { Problems, Added, Changed, Withdrawn, NewCenters, PageCount };

    /// report: the workbook written for this plan (empty if it could not be written, then
    /// reportError says why); exportsDir: the workspace's exports/ folder.
    RosterImportPreview(wxWindow* parent, const intake::RosterPlan& plan, RosterPreviewModel model,
                        const std::filesystem::path& report, const std::string& reportError,
                        const std::filesystem::path& exportsDir);

    const RosterPreviewModel& model() const { return model_; }
    TableView* list(Page page) const { return lists_[page]; }
    /// The notebook tab's label, e.g. "问题 (1)".
    wxString pageLabel(Page page) const;
    void showPage(Page page);

    bool validRowsOnly() const;
    /// Ticked by the user when the roster takes many students off the workspace's roster.
    bool withdrawingManyAllowed() const;
    void setWithdrawingManyAllowed(bool on);
    void setValidRowsOnly(bool on);
    bool canImport() const;
    /// Does what the Import button does: accepts the plan (and ends the modal loop). False,
    /// and nothing happens, while rows have errors and only valid rows are not chosen.
    bool apply();
    bool applied() const { return applied_; }

private:
    void updateImportButton();
    void openExports();

    RosterPreviewModel model_;
    std::filesystem::path exportsDir_;
    wxNotebook* notebook_ = nullptr;
    TableView* lists_[PageCount] = {};
    wxCheckBox* validOnly_ = nullptr;
    wxCheckBox* allowWithdraw_ = nullptr;
    bool withdrawsMany_ = false;
    wxButton* import_ = nullptr;
    bool applied_ = false;
};

} // namespace gp::gui
