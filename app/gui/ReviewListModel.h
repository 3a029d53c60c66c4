// The review list's rows for a virtual wxDataViewCtrl: the control asks for the cells it
// draws, so 100,000 students cost no more than the few dozen on screen.
#pragma once

#include "core/review/StudentList.h"

#include <wx/dataview.h>

#include <functional>
#include <map>

namespace gp::gui {

class ReviewListModel : public wxDataViewVirtualListModel {
public:
    enum Column {
        StudentNo,
        Name,
        Center,
        Status,
        Verdict,
        Similarity,
        Duplicate,
        Round,
        Submitted,
        Count
    };

    /// utcOffsetMinutes: the campaign's clock, in which submission times are shown.
    ReviewListModel(review::StudentList& list, std::map<domain::CenterId, wxString>& centers,
                    int utcOffsetMinutes)
        : wxDataViewVirtualListModel(0), list_(list), centers_(centers),
          utcOffset_(utcOffsetMinutes) {}

    /// After the filter or the rows changed.
    void refresh() { Reset(static_cast<unsigned>(list_.count())); }

    unsigned GetColumnCount() const override { return Count; }
    wxString GetColumnType(unsigned) const override { return "string"; }
    void GetValueByRow(wxVariant& value, unsigned row, unsigned col) const override;
    bool GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

private:
    review::StudentList& list_;
    std::map<domain::CenterId, wxString>& centers_;
    int utcOffset_ = 0;
};

/// The automatic verdict as the list shows it.
wxString verdictLabel(const std::string& verdict);

} // namespace gp::gui
