// What an import did: a heading, the counts, and lists (refused files, problems, centers still
// missing details) on tabs, with buttons to open the report workbook and the exports folder.
// Used for the centers' sheet and for photos; filled by the caller, readable by tests.
#pragma once

#include "TableView.h"

#include <wx/dialog.h>

#include <filesystem>
#include <memory>
#include <vector>

class wxNotebook;
class wxStaticText;

namespace gp::gui {

class ImportResultDialog : public wxDialog {
public:
    ImportResultDialog(wxWindow* parent, const wxString& title, const wxString& heading);

    void addCount(const wxString& label, std::size_t value);
    /// Adds a tab with a list; returns its index.
    std::size_t addList(const wxString& tabLabel, const std::vector<TableView::Column>& columns,
                        std::vector<std::vector<wxString>> rows);
    /// A line under the lists, e.g. where the report was written or why it was not.
    void setFootnote(const wxString& text);
    /// Shows "Open Report" for this workbook and "Open Exports Folder" for its folder.
    void setReport(const std::filesystem::path& workbook, const std::filesystem::path& folder);
    /// Sizes the dialog to its content; call once everything is added.
    void finish();

    long countRows() const { return counts_->rowCount(); }
    wxString countLabel(long row) const { return counts_->cell(row, 0); }
    wxString countValue(long row) const { return counts_->cell(row, 1); }
    std::size_t listCount() const { return lists_.size(); }
    TableView* list(std::size_t index) const { return lists_.at(index); }
    wxString heading() const;
    wxString footnote() const;

private:
    using Rows = std::vector<std::vector<wxString>>;

    wxStaticText* heading_ = nullptr;
    TableView* counts_ = nullptr;
    std::shared_ptr<Rows> countRows_ = std::make_shared<Rows>();
    wxNotebook* notebook_ = nullptr;
    std::vector<TableView*> lists_;
    wxStaticText* footnote_ = nullptr;
    wxWindow* openReport_ = nullptr;
    wxWindow* openFolder_ = nullptr;
    std::filesystem::path report_;
    std::filesystem::path folder_;
};

} // namespace gp::gui
