// The review screen's decisions and keyboard: approve, reject with reasons, undo, batch
// approval, the reviewer's name (asked once), and what each key does.
#include "DecisionBar.h"
#include "ListFilterBar.h"
#include "PhotoPairView.h"
#include "ReviewListModel.h"
#include "ReviewPanel.h"
#include "Text.h"
#include "core/review/ReviewRows.h"
#include "core/store/Transaction.h"

#include <wx/config.h>
#include <wx/intl.h>
#include <wx/utils.h>

namespace gp::gui {

using domain::DecisionKind;

wxString ReviewPanel::reviewerName() {
    wxString name = config_.Read("/Review/Reviewer", wxString());
    if (name.Strip(wxString::both).empty()) {
        name = askName_().Strip(wxString::both);
        if (!name.empty()) {
            config_.Write("/Review/Reviewer", name);
            config_.Flush();
        }
    }
    return name;
}

void ReviewPanel::decide(DecisionKind kind) {
    const auto id = current();
    if (!service_ || id == 0) {
        wxBell();
        return;
    }
    if (kind == DecisionKind::Reject && tickedReasons().empty()) {
        showError_(_("A rejection needs at least one reason."),
                   _("Tick the reasons (number keys 1-9), then press Enter."));
        return;
    }
    const auto reviewer = reviewerName();
    if (reviewer.empty()) {
        return;
    }
    const auto seen = shownPhoto_;
    review::DecisionOutcome out;
    const bool ok = guarded(_("The decision could not be recorded."), [&] {
        if (kind == DecisionKind::Approve) {
            out = service_->approve(id, seen, utf8(reviewer), bar_->note());
        } else {
            out = service_->reject(id, seen, utf8(reviewer), tickedReasons(), bar_->note());
        }
    });
    if (ok) {
        workspace_->log().information("decision %s on %s by %s", std::string(domain::toCode(kind)),
                                      list_.at(*position_).studentNo, utf8(reviewer));
        decidedThisSession_.emplace_back(id, out.decision.id);
        afterDecision(id, true);
    } else {
        afterDecision(id, false); // e.g. a newer photo arrived: show it
    }
}

void ReviewPanel::startRejecting() {
    if (current() != 0) {
        rejecting_ = true;
        bar_->focusReasons();
    }
}

void ReviewPanel::undoLast() {
    if (!service_ || decidedThisSession_.empty()) {
        wxBell();
        return;
    }
    const auto [id, decision] = decidedThisSession_.back();
    const auto reviewer = reviewerName();
    if (reviewer.empty()) {
        return;
    }
    std::string batch;
    if (!guarded(_("The decision could not be undone."),
                 [&] { batch = service_->batchHolding(id, decision); })) {
        return;
    }
    std::string note;
    if (!batch.empty()) {
        if (!confirm_(wxString::Format(_("This approval's photo is already in batch %s.\n\nUndo "
                                         "it anyway? The batch must then not be used."),
                                       wx(batch)))) {
            return;
        }
        note = utf8(wxString::Format(_("Undone although already in batch %s"), wx(batch)));
    }
    // Refused (someone decided since, or a newer photo arrived): that decision is not ours to
    // undo any more, so it leaves the stack either way.
    const bool ok = guarded(_("The decision could not be undone."), [&] {
        service_->undo(id, decision, utf8(reviewer), note, !batch.empty());
    });
    decidedThisSession_.pop_back();
    afterDecision(id, false);
    if (ok) {
        if (const auto p = list_.positionOf(id)) {
            select(*p);
        }
    }
}

void ReviewPanel::afterDecision(domain::StudentId student, bool moveOn) {
    guarded(_("The student could not be read again."), [&] {
        store::Transaction snapshot(workspace_->store(), store::Transaction::Kind::Read);
        const auto row = review::loadReviewRow(workspace_->store(), profileId_, student);
        snapshot.commit();
        if (row) {
            list_.update(*row);
        }
    });
    if (const auto p = list_.positionOf(student)) {
        model_->RowChanged(static_cast<unsigned>(*p));
    }
    if (moveOn && position_ && list_.next(*position_)) {
        select(*list_.next(*position_));
    } else {
        showCurrent();
    }
}

void ReviewPanel::batchApprove() {
    if (!service_) {
        return;
    }
    std::vector<domain::StudentId> eligible;
    if (!guarded(_("The students for a batch approval could not be read."),
                 [&] { eligible = service_->batchEligible(list_.visibleIds()); })) {
        return;
    }
    if (eligible.empty()) {
        showError_(_("No student in the list can be approved as a batch."),
                   _("A batch approval takes students waiting for review whose photo passed "
                     "every check and matches their enrollment photo."));
        return;
    }
    if (!confirm_(wxString::Format(
            _("Approve %zu students whose photo passed every check and matches their "
              "enrollment photo?\n\nEach gets their own decision record under your name."),
            eligible.size()))) {
        return;
    }
    const auto reviewer = reviewerName();
    if (reviewer.empty()) {
        return;
    }
    guarded(_("The batch approval could not be recorded."),
            [&] { service_->batchApprove(eligible, utf8(reviewer), utf8(_("Batch approval"))); });
    reload();
}

bool ReviewPanel::handleKey(int key, int modifiers) {
    const bool ctrl = (modifiers & wxMOD_CONTROL) != 0;
    if (ctrl && key == 'Z') {
        undoLast();
        return true;
    }
    if (ctrl && key == 'F') {
        filters_->focusSearch();
        return true;
    }
    if (ctrl || (modifiers & wxMOD_ALT) != 0) {
        return false;
    }
    if (rejecting_) {
        if (key >= '1' && key <= '9') {
            bar_->toggle(static_cast<unsigned>(key - '1'));
            return true;
        }
        if (key >= WXK_NUMPAD1 && key <= WXK_NUMPAD9) {
            return handleKey('1' + (key - WXK_NUMPAD1), modifiers);
        }
        if (key == WXK_RETURN || key == WXK_NUMPAD_ENTER) {
            decide(DecisionKind::Reject);
            return true;
        }
        if (key == WXK_ESCAPE) {
            rejecting_ = false;
            bar_->untickAll();
            return true;
        }
    }
    switch (key) {
    case 'A':
        decide(DecisionKind::Approve);
        return true;
    case 'R':
        startRejecting();
        return true;
    case WXK_DOWN:
    case 'J':
    case 'S':
        moveBy(1);
        return true;
    case WXK_UP:
    case 'K':
        moveBy(-1);
        return true;
    case 'O':
        photos_->setOverlay(!photos_->overlay());
        return true;
    case 'E':
        showIdCard_ = !showIdCard_;
        showCurrent();
        return true;
    case '+':
    case '=':
    case WXK_NUMPAD_ADD:
        photos_->zoomIn();
        return true;
    case '-':
    case WXK_NUMPAD_SUBTRACT:
        photos_->zoomOut();
        return true;
    case '0':
        photos_->zoomFit();
        return true;
    case '1':
    case WXK_NUMPAD1:
        photos_->zoomActual();
        return true;
    case WXK_ESCAPE:
        view_->SetFocus();
        return true;
    default:
        return false;
    }
}

} // namespace gp::gui
