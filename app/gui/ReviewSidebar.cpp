#include "ReviewSidebar.h"

#include "CampaignTime.h"
#include "Text.h"
#include "TextWrap.h"
#include "Translations.h"

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace gp::gui {

namespace {

wxString decisionLabel(domain::DecisionKind k) {
    switch (k) {
    case domain::DecisionKind::Approve:
        return _("Approved");
    case domain::DecisionKind::Reject:
        return _("Retake");
    case domain::DecisionKind::Reversal:
        return _("Undone");
    }
    return {};
}

wxString verdictMark(const std::string& v) {
    if (v == "pass") {
        return wxString::FromUTF8("✓");
    }
    if (v == "warn") {
        return wxString::FromUTF8("⚠");
    }
    if (v == "fail" || v == "error") {
        return wxString::FromUTF8("✗");
    }
    return "-";
}

wxString faceOutcomeLabel(const std::string& outcome) {
    if (outcome == "match") {
        return _("same person");
    }
    if (outcome == "review") {
        return _("uncertain, look closely");
    }
    if (outcome == "no_match") {
        return _("different person?");
    }
    return wx(outcome);
}

wxString comparisonText(const review::StudentRecord& record, const review::FaceStateTexts& states) {
    if (const auto* c = record.comparison()) {
        return wxString::Format(_("Face comparison: similarity %.0f, %s"), *c->similarity,
                                faceOutcomeLabel(c->outcome));
    }
    for (const auto& c : record.comparisons) {
        // Why it could not be compared, as a sentence of templates/face-states.json.
        return wxString::Format(_("Face comparison: %s"),
                                wx(states.sentence(c.state, messageLanguage())));
    }
    return _("Face comparison: not compared yet");
}

/// One line per other student the duplicate search found sharing this photo or face.
wxString duplicateText(const domain::DuplicateFlag& f) {
    const auto other = wx(f.otherStudentNo);
    if (f.kind == "same_bytes") {
        return wxString::Format(_("Same photo as %s"), other);
    }
    if (f.kind == "near_identical") {
        return wxString::Format(_("Near-identical photo to %s"), other);
    }
    return wxString::Format(_("Same face as %s"), other);
}

wxString comparisonAndDuplicates(const review::StudentRecord& record,
                                 const review::FaceStateTexts& states) {
    auto text = comparisonText(record, states);
    for (const auto& f : record.duplicates) {
        text += "\n" + duplicateText(f);
    }
    return text;
}

/// One check in full, for when the columns are narrower than their texts.
wxString checkSentence(const review::CheckLine& l) {
    auto text = wxString::Format(_("%s: %s (limit %s)"), wx(l.name), wx(l.measured), wx(l.limit));
    if (!l.reason.empty()) {
        text += wxString::Format(_("; reason: %s"), wx(l.reason));
    }
    return text;
}

} // namespace

ReviewSidebar::ReviewSidebar(wxWindow* parent, const review::ReasonCatalog& reasons,
                             const review::FaceStateTexts& faceStates, int utcOffsetMinutes)
    : wxPanel(parent), reasons_(reasons), faceStates_(faceStates), utcOffset_(utcOffsetMinutes) {
    checks_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxLC_REPORT | wxLC_SINGLE_SEL);
    checks_->AppendColumn("", wxLIST_FORMAT_LEFT, 24);
    checks_->AppendColumn(_("Check"), wxLIST_FORMAT_LEFT, 100);
    checks_->AppendColumn(_("Measured"), wxLIST_FORMAT_LEFT, 66);
    checks_->AppendColumn(_("Limit"), wxLIST_FORMAT_LEFT, 92);
    checks_->AppendColumn(_("Reason"), wxLIST_FORMAT_LEFT, 110);
    check_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    face_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    details_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    history_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 110),
                              wxLC_REPORT | wxLC_SINGLE_SEL);
    history_->AppendColumn(_("When"), wxLIST_FORMAT_LEFT, 88);
    history_->AppendColumn(_("Who"), wxLIST_FORMAT_LEFT, 60);
    history_->AppendColumn(_("Decision"), wxLIST_FORMAT_LEFT, 56);
    history_->AppendColumn(_("Why"), wxLIST_FORMAT_LEFT, 170);
    history_->AppendColumn(_("Photo"), wxLIST_FORMAT_LEFT, 36);
    auto* rs = new wxBoxSizer(wxVERTICAL);
    rs->Add(new wxStaticText(this, wxID_ANY, _("Automatic checks")), 0, wxALL, 4);
    rs->Add(checks_, 3, wxEXPAND | wxLEFT | wxRIGHT, 4);
    rs->Add(check_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 4);
    rs->Add(face_, 0, wxEXPAND | wxALL, 4);
    rs->Add(details_, 0, wxEXPAND | wxALL, 4);
    rs->Add(new wxStaticText(this, wxID_ANY, _("Decisions")), 0, wxLEFT | wxTOP, 4);
    rs->Add(history_, 1, wxEXPAND | wxALL, 4);
    SetSizer(rs);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        if (std::max(120, e.GetSize().x - 8) != wrappedWidth_) {
            CallAfter([this] { wrapSentences(); });
        }
        e.Skip();
    });
    // Choosing a check draws its marks alone over the photo.
    checks_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        const auto i = static_cast<std::size_t>(e.GetIndex());
        showCheck(i < checkSentences_.size() ? checkSentences_[i] : wxString());
        if (chosen_) {
            chosen_(i < checkIds_.size() ? checkIds_[i] : std::string());
        }
    });
    checks_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) {
        showCheck(wxString());
        if (chosen_) {
            chosen_(std::string());
        }
    });
}

wxString ReviewSidebar::faceText() const {
    return faceText_;
}

void ReviewSidebar::showCheck(const wxString& sentence) {
    checkText_ = sentence;
    wrapSentences();
}

void ReviewSidebar::wrapSentences() {
    const int width = std::max(120, GetClientSize().x - 8);
    check_->SetLabel(wrapText(*check_, checkText_, width));
    face_->SetLabel(wrapText(*face_, faceText_, width));
    wrappedWidth_ = width;
    Layout();
}

void ReviewSidebar::clear(const wxString& message) {
    checks_->DeleteAllItems();
    history_->DeleteAllItems();
    checkIds_.clear();
    checkSentences_.clear();
    checkText_.clear();
    faceText_.clear();
    details_->SetLabel(message);
    wrapSentences();
}

void ReviewSidebar::show(const review::StudentRecord& record,
                         const std::vector<review::CheckLine>& checks, const wxString& centerName,
                         const wxString& status) {
    clear(wxEmptyString);
    const auto lang = messageLanguage();
    if (!record.run) {
        checks_->InsertItem(0, "-");
        checks_->SetItem(0, 1, record.versions.empty() ? _("No photo") : _("Not checked yet"));
    }
    for (std::size_t i = 0; i < checks.size(); ++i) {
        const auto& l = checks[i];
        const long at = checks_->InsertItem(static_cast<long>(i), verdictMark(l.verdict));
        checks_->SetItem(at, 1, wx(l.name));
        checks_->SetItem(at, 2, wx(l.measured));
        checks_->SetItem(at, 3, wx(l.limit));
        checks_->SetItem(at, 4, wx(l.reason));
        if (l.verdict == "fail" || l.verdict == "error") {
            checks_->SetItemTextColour(at, wxColour(190, 40, 40));
        } else if (l.verdict == "warn") {
            checks_->SetItemTextColour(at, wxColour(180, 110, 0));
        }
        checkIds_.push_back(l.checkId);
        checkSentences_.push_back(checkSentence(l));
    }
    // Each column as wide as its widest text or its header, so no value or limit is cut off.
    for (int c = 1; c < checks_->GetColumnCount(); ++c) {
        checks_->SetColumnWidth(c, wxLIST_AUTOSIZE);
        const int content = checks_->GetColumnWidth(c);
        checks_->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
        checks_->SetColumnWidth(c, std::max(content, checks_->GetColumnWidth(c)));
    }
    // A sentence of the template may be longer than the sidebar is wide: break it, CJK-aware
    // (and again whenever the sidebar's width changes).
    faceText_ = comparisonAndDuplicates(record, faceStates_);
    wrapSentences();
    if (const auto& s = record.student) {
        details_->SetLabel(wxString::Format(
            _("%s  %s  %s\nID number: %s\nExam no.: %s\nCenter: %s\n%s %s\nStatus: %s"),
            wx(s->studentNo), wx(s->name), wx(s->sex), wx(s->idNumber), wx(s->examNo), centerName,
            wx(s->level), wx(s->major), status));
    }
    for (std::size_t i = 0; i < record.decisions.size(); ++i) {
        const auto& d = record.decisions[i];
        // "11-21 16:01" on the campaign's clock: the year is the campaign's.
        const long at = history_->InsertItem(
            static_cast<long>(i), campaignTime(d.decidedAt, utcOffset_, TimeStyle::MonthDayTime));
        history_->SetItem(at, 1, wx(d.reviewer));
        history_->SetItem(at, 2, decisionLabel(d.kind));
        wxString why;
        for (const auto& code : d.reasonCodes) {
            why += (why.empty() ? "" : "; ") + wx(reasons_.label(code, lang));
        }
        if (!d.note.empty()) {
            why += (why.empty() ? "" : " - ") + wx(d.note);
        }
        history_->SetItem(at, 3, why);
        const int version = record.versionNumber(d.submissionId);
        history_->SetItem(at, 4, version ? wxString::Format("v%d", version) : wxString());
    }
    Layout();
}

} // namespace gp::gui
