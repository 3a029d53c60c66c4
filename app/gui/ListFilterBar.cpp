#include "ListFilterBar.h"

#include "ReviewListModel.h"
#include "StatusLabels.h"
#include "Text.h"
#include "Translations.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>

#include <iterator>

namespace gp::gui {

namespace {
/// The verdict choice's entries after "any".
const char* const kVerdicts[] = {"pass", "review", "fail", "error", "unchecked"};
} // namespace

ListFilterBar::ListFilterBar(wxWindow* parent, const review::ReasonCatalog& reasons)
    : wxPanel(parent) {
    center_ = new wxChoice(this, wxID_ANY);
    status_ = new wxChoice(this, wxID_ANY);
    verdict_ = new wxChoice(this, wxID_ANY);
    reason_ = new wxChoice(this, wxID_ANY);
    search_ = new wxSearchCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                               wxTE_PROCESS_ENTER);
    search_->SetDescriptiveText(_("Student no., name, exam or ID number"));
    duplicates_ = new wxCheckBox(this, wxID_ANY, _("Duplicates only"));
    duplicates_->SetToolTip(_("Only students whose photo or face the duplicate search found "
                              "under another student too"));

    status_->Append(_("All statuses"));
    for (auto s : domain::kAllStudentStatuses) {
        status_->Append(statusLabel(s));
    }
    verdict_->Append(_("Any check result"));
    for (const char* v : kVerdicts) {
        verdict_->Append(verdictLabel(std::string(v) == "unchecked" ? "" : v));
    }
    reason_->Append(_("Any reason"));
    reasonCodes_.push_back("");
    const auto lang = messageLanguage();
    for (const auto& r : reasons.all()) {
        reason_->Append(wx(r.label(lang)));
        reasonCodes_.push_back(r.code);
    }
    setCenters({});
    for (auto* c : {status_, verdict_, reason_}) {
        c->SetSelection(0);
    }

    auto* grid = new wxFlexGridSizer(2, 4, 4);
    grid->AddGrowableCol(0, 1);
    grid->AddGrowableCol(1, 1);
    for (auto* c : {center_, status_, verdict_, reason_}) {
        grid->Add(c, 1, wxEXPAND);
    }
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(grid, 0, wxEXPAND | wxALL, 4);
    auto* line = new wxBoxSizer(wxHORIZONTAL);
    line->Add(search_, 1, wxALIGN_CENTER_VERTICAL);
    line->Add(duplicates_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
    s->Add(line, 0, wxEXPAND | wxLEFT | wxRIGHT, 4);
    SetSizer(s);

    const auto tell = [this](wxCommandEvent&) {
        if (changed_) {
            changed_();
        }
    };
    for (auto* c : {center_, status_, verdict_, reason_}) {
        c->Bind(wxEVT_CHOICE, tell);
    }
    search_->Bind(wxEVT_TEXT, tell);
    duplicates_->Bind(wxEVT_CHECKBOX, tell);
}

void ListFilterBar::setCenters(const std::map<domain::CenterId, wxString>& centers) {
    const auto keep =
        center_->GetSelection() > 0 && center_->GetSelection() < static_cast<int>(centerIds_.size())
            ? centerIds_[static_cast<std::size_t>(center_->GetSelection())]
            : -1;
    center_->Clear();
    centerIds_.clear();
    center_->Append(_("All centers"));
    centerIds_.push_back(-1);
    int select = 0;
    for (const auto& [id, name] : centers) {
        if (id == keep) {
            select = static_cast<int>(centerIds_.size());
        }
        center_->Append(name);
        centerIds_.push_back(id);
    }
    center_->SetSelection(select);
}

void ListFilterBar::show(const review::ListFilter& f) {
    center_->SetSelection(0);
    for (std::size_t i = 1; f.center && i < centerIds_.size(); ++i) {
        if (centerIds_[i] == *f.center) {
            center_->SetSelection(static_cast<int>(i));
        }
    }
    status_->SetSelection(0);
    for (std::size_t i = 0; f.status && i < std::size(domain::kAllStudentStatuses); ++i) {
        if (domain::kAllStudentStatuses[i] == *f.status) {
            status_->SetSelection(static_cast<int>(i) + 1);
        }
    }
    verdict_->SetSelection(0);
    for (std::size_t i = 0; i < std::size(kVerdicts); ++i) {
        if (f.verdict == kVerdicts[i]) {
            verdict_->SetSelection(static_cast<int>(i) + 1);
        }
    }
    reason_->SetSelection(0);
    for (std::size_t i = 1; i < reasonCodes_.size(); ++i) {
        if (reasonCodes_[i] == f.reason) {
            reason_->SetSelection(static_cast<int>(i));
        }
    }
    search_->ChangeValue(wx(f.search));
    duplicates_->SetValue(f.duplicatesOnly);
}

review::ListFilter ListFilterBar::filter() const {
    review::ListFilter f;
    const int c = center_->GetSelection();
    if (c > 0 && c < static_cast<int>(centerIds_.size())) {
        f.center = centerIds_[static_cast<std::size_t>(c)];
    }
    const int s = status_->GetSelection();
    if (s > 0 && s <= static_cast<int>(std::size(domain::kAllStudentStatuses))) {
        f.status = domain::kAllStudentStatuses[s - 1];
    }
    const int v = verdict_->GetSelection();
    if (v > 0 && v <= static_cast<int>(std::size(kVerdicts))) {
        f.verdict = kVerdicts[v - 1];
    }
    const int r = reason_->GetSelection();
    if (r > 0 && r < static_cast<int>(reasonCodes_.size())) {
        f.reason = reasonCodes_[static_cast<std::size_t>(r)];
    }
    f.search = utf8(search_->GetValue());
    f.duplicatesOnly = duplicates_->GetValue();
    return f;
}

void ListFilterBar::focusSearch() {
    search_->SetFocus();
    search_->SelectAll();
}

} // namespace gp::gui
