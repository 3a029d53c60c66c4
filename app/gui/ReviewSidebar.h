// The review screen's right-hand side: the checks (✓ / ⚠ / ✗, measured against the limit,
// the reason), the face comparison, the student's details (the only place the ID number shows
// in full) and the decision history.
#pragma once

#include "core/review/CheckPresentation.h"
#include "core/review/FaceStateTexts.h"
#include "core/review/ReasonCatalog.h"
#include "core/review/StudentRecord.h"

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxListCtrl;
class wxStaticText;

namespace gp::gui {

class ReviewSidebar : public wxPanel {
public:
    /// utcOffsetMinutes: the campaign's clock, in which decision times are shown.
    ReviewSidebar(wxWindow* parent, const review::ReasonCatalog& reasons,
                  const review::FaceStateTexts& faceStates, int utcOffsetMinutes);

    void show(const review::StudentRecord& record, const std::vector<review::CheckLine>& checks,
              const wxString& centerName, const wxString& status);
    void clear(const wxString& message);
    /// Called with the check chosen in the list ("" when none).
    void onCheckChosen(std::function<void(const std::string&)> f) { chosen_ = std::move(f); }

    wxListCtrl* checksList() { return checks_; }
    wxListCtrl* historyList() { return history_; }
    /// The face comparison as shown, before line breaks.
    wxString faceText() const;
    /// The chosen check in one sentence (name, measured, limit, reason), before line breaks;
    /// empty when no check is chosen.
    wxString checkText() const { return checkText_; }

private:
    void showCheck(const wxString& sentence);
    /// The check and face sentences broken to the sidebar's current width.
    void wrapSentences();

    const review::ReasonCatalog& reasons_;
    const review::FaceStateTexts& faceStates_;
    int utcOffset_ = 0;
    std::vector<std::string> checkIds_;    ///< the checks list's rows
    std::vector<wxString> checkSentences_; ///< the same rows, each in one sentence
    std::function<void(const std::string&)> chosen_;
    wxListCtrl* checks_ = nullptr;
    wxStaticText* check_ = nullptr; ///< the chosen check in full: columns can be too narrow
    wxString checkText_;
    int wrappedWidth_ = 0; ///< the width the sentences were last broken for
    wxStaticText* face_ = nullptr;
    wxString faceText_;
    wxStaticText* details_ = nullptr;
    wxListCtrl* history_ = nullptr;
};

} // namespace gp::gui
