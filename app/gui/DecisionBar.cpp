#include "DecisionBar.h"

#include "Text.h"
#include "Translations.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace gp::gui {

DecisionBar::DecisionBar(wxWindow* parent, const review::ReasonCatalog& reasons, Actions actions)
    : wxPanel(parent), reasons_(reasons) {
    auto* approve = approve_ = new wxButton(this, wxID_ANY, _("&Approve (A)"));
    auto* reject = reject_ = new wxButton(this, wxID_ANY, _("&Reject (R, 1-9, Enter)"));
    auto* skip = new wxButton(this, wxID_ANY, _("&Skip"));
    auto* batch = new wxButton(this, wxID_ANY, _("&Batch approve..."));
    box_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 120));
    note_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                           wxTE_PROCESS_ENTER);
    note_->SetHint(_("Note (optional)"));
    auto* buttons = new wxBoxSizer(wxVERTICAL);
    for (auto* b : {approve, reject, skip}) {
        buttons->Add(b, 0, wxEXPAND | wxBOTTOM, 4);
    }
    buttons->Add(batch, 0, wxEXPAND);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(box_, 1, wxEXPAND);
    column->Add(note_, 0, wxEXPAND | wxTOP, 4);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(buttons, 0, wxRIGHT, 6);
    bar->Add(column, 1, wxEXPAND);
    SetSizer(bar);

    const auto bind = [](wxButton* b, std::function<void()> f) {
        b->Bind(wxEVT_BUTTON, [f](wxCommandEvent&) {
            if (f) {
                f();
            }
        });
    };
    bind(approve, actions.approve);
    bind(reject, actions.reject);
    bind(skip, actions.skip);
    bind(batch, actions.batch);
    note_->Bind(wxEVT_TEXT_ENTER, [f = actions.reject](wxCommandEvent&) {
        if (f) {
            f();
        }
    });
}

void DecisionBar::setDecidable(bool decidable) {
    for (wxWindow* w : std::initializer_list<wxWindow*>{approve_, reject_, box_, note_}) {
        w->Enable(decidable);
    }
}

bool DecisionBar::decidable() const {
    return approve_->IsEnabled();
}

void DecisionBar::reset(const std::vector<std::string>& suggested) {
    codes_ = suggested;
    for (const auto& r : reasons_.all()) {
        if (std::find(codes_.begin(), codes_.end(), r.code) == codes_.end()) {
            codes_.push_back(r.code);
        }
    }
    const auto lang = messageLanguage();
    wxArrayString labels;
    for (std::size_t i = 0; i < codes_.size(); ++i) {
        const auto label = wx(reasons_.label(codes_[i], lang));
        labels.Add(i < 9 ? wxString::Format("%zu  %s", i + 1, label) : "    " + label);
    }
    box_->Freeze();
    box_->Set(labels);
    box_->Thaw();
    note_->ChangeValue(wxEmptyString);
}

bool DecisionBar::toggle(unsigned n) {
    if (n >= box_->GetCount()) {
        return false;
    }
    box_->Check(n, !box_->IsChecked(n));
    return true;
}

void DecisionBar::untickAll() {
    for (unsigned i = 0; i < box_->GetCount(); ++i) {
        box_->Check(i, false);
    }
}

std::vector<std::string> DecisionBar::ticked() const {
    std::vector<std::string> out;
    for (unsigned i = 0; i < box_->GetCount() && i < codes_.size(); ++i) {
        if (box_->IsChecked(i)) {
            out.push_back(codes_[i]);
        }
    }
    return out;
}

std::string DecisionBar::note() const {
    return utf8(note_->GetValue());
}

void DecisionBar::focusReasons() {
    box_->SetFocus();
}

} // namespace gp::gui
