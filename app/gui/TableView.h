// A read-only report list over rows held elsewhere (a virtual wxListCtrl): it asks for each
// cell as it is drawn, so a list of 100,000 roster rows opens at once. Rows can be marked to
// be drawn in the error colour.
#pragma once

#include <wx/listctrl.h>

#include <functional>
#include <vector>

namespace gp::gui {

class TableView : public wxListCtrl {
public:
    using CellText = std::function<wxString(long row, long column)>;
    using RowMarked = std::function<bool(long row)>;

    struct Column {
        wxString title;
        int width = 120;
        wxListColumnFormat align = wxLIST_FORMAT_LEFT;
    };

    TableView(wxWindow* parent, const std::vector<Column>& columns);

    /// Shows rows rows, each cell from cell(row, column); marked rows in the error colour.
    void setRows(long rows, CellText cell, RowMarked marked = {});

    /// The text of a cell as shown, for tests.
    wxString cell(long row, long column) const;
    long rowCount() const { return GetItemCount(); }

private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

    CellText cell_;
    RowMarked marked_;
    mutable wxItemAttr errorAttr_;
};

} // namespace gp::gui
