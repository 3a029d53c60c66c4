// The filters above the review list: center, status, automatic verdict, reason, duplicates
// only, and a search over 学号, 姓名, 考生号 and ID number. Tells its owner the filter each time it
// changes.
#pragma once

#include "core/review/ReasonCatalog.h"
#include "core/review/StudentList.h"

#include <wx/panel.h>

#include <functional>
#include <map>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxSearchCtrl;

namespace gp::gui {

class ListFilterBar : public wxPanel {
public:
    ListFilterBar(wxWindow* parent, const review::ReasonCatalog& reasons);

    /// The centers to offer (keeps the chosen one when it is still there).
    void setCenters(const std::map<domain::CenterId, wxString>& centers);
    /// Shows the filter in the controls, without telling the owner.
    void show(const review::ListFilter& filter);
    review::ListFilter filter() const;
    void onChange(std::function<void()> f) { changed_ = std::move(f); }
    void focusSearch();
    wxSearchCtrl* search() { return search_; }
    wxCheckBox* duplicatesOnly() { return duplicates_; }

private:
    std::function<void()> changed_;
    std::vector<domain::CenterId> centerIds_;
    std::vector<std::string> reasonCodes_;
    wxChoice* center_ = nullptr;
    wxChoice* status_ = nullptr;
    wxChoice* verdict_ = nullptr;
    wxChoice* reason_ = nullptr;
    wxCheckBox* duplicates_ = nullptr;
    wxSearchCtrl* search_ = nullptr;
};

} // namespace gp::gui
