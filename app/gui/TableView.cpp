#include "TableView.h"

namespace gp::gui {

TableView::TableView(wxWindow* parent, const std::vector<Column>& columns)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_HRULES | wxLC_VRULES) {
    for (const auto& c : columns) {
        AppendColumn(c.title, c.align, FromDIP(c.width));
    }
    errorAttr_.SetTextColour(wxColour(176, 0, 32));
}

void TableView::setRows(long rows, CellText cell, RowMarked marked) {
    cell_ = std::move(cell);
    marked_ = std::move(marked);
    SetItemCount(rows);
    Refresh();
}

wxString TableView::cell(long row, long column) const {
    return row >= 0 && row < GetItemCount() && cell_ ? cell_(row, column) : wxString();
}

wxString TableView::OnGetItemText(long item, long column) const {
    return cell(item, column);
}

wxItemAttr* TableView::OnGetItemAttr(long item) const {
    return marked_ && marked_(item) ? &errorAttr_ : nullptr;
}

} // namespace gp::gui
