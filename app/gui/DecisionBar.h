// Under the photos: Approve, Reject, Skip and Batch approve, the rejection reasons (the ones the
// checks found first, the first nine numbered for the keys 1-9) and a note.
#pragma once

#include "core/review/ReasonCatalog.h"

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxButton;
class wxCheckListBox;
class wxTextCtrl;

namespace gp::gui {

class DecisionBar : public wxPanel {
public:
    struct Actions {
        std::function<void()> approve, reject, skip, batch;
    };
    DecisionBar(wxWindow* parent, const review::ReasonCatalog& reasons, Actions actions);

    /// Lists every reason, the suggested ones first; nothing ticked, the note empty.
    void reset(const std::vector<std::string>& suggested);
    /// Ticks or unticks the n-th reason shown (0-based); false if there is none.
    bool toggle(unsigned n);
    void untickAll();
    std::vector<std::string> ticked() const;
    std::string note() const;
    void focusReasons();
    /// Approve, Reject and the reasons only when there is a photo to decide on; Skip and
    /// Batch approve always.
    void setDecidable(bool decidable);
    bool decidable() const;
    wxTextCtrl* noteField() { return note_; }

private:
    const review::ReasonCatalog& reasons_;
    std::vector<std::string> codes_; ///< in the order shown
    wxButton* approve_ = nullptr;
    wxButton* reject_ = nullptr;
    wxCheckListBox* box_ = nullptr;
    wxTextCtrl* note_ = nullptr;
};

} // namespace gp::gui
