#include "ProgressWindow.h"

#include "BackgroundJob.h"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include <algorithm>

namespace gp::gui {

ProgressWindow::ProgressWindow(wxWindow* parent, const wxString& title, const wxString& message,
                               BackgroundJob& job, bool cancellable)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxCAPTION), job_(job),
      timer_(this) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(14);
    message_ = new wxStaticText(this, wxID_ANY, message);
    sizer->Add(message_, 0, wxLEFT | wxRIGHT | wxTOP, gap);
    gauge_ = new wxGauge(this, wxID_ANY, 1000, wxDefaultPosition, FromDIP(wxSize(420, -1)),
                         wxGA_HORIZONTAL | wxGA_SMOOTH);
    sizer->Add(gauge_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    count_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    sizer->Add(count_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    if (cancellable) {
        cancel_ = new wxButton(this, wxID_CANCEL, _("Cancel"));
        cancel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancel(); });
        sizer->Add(cancel_, 0, wxALIGN_RIGHT | wxALL, gap);
    } else {
        sizer->AddSpacer(gap);
    }
    SetSizerAndFit(sizer);
    CentreOnParent();
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { poll(); });
    Show();
    disabler_ = std::make_unique<wxWindowDisabler>(this);
    gauge_->Pulse();
    timer_.Start(100);
}

ProgressWindow::~ProgressWindow() {
    timer_.Stop();
}

void ProgressWindow::finish() {
    timer_.Stop();
    disabler_.reset();
    Hide();
}

void ProgressWindow::cancel() {
    job_.requestStop();
    if (cancel_ != nullptr) {
        cancel_->Disable();
    }
    message_->SetLabel(_("Stopping after the current file..."));
}

wxString ProgressWindow::progressText() const {
    return count_->GetLabel();
}

void ProgressWindow::poll() {
    const auto total = job_.progressTotal();
    if (total == 0) {
        gauge_->Pulse();
        return;
    }
    const auto done = std::min(job_.progressDone(), total);
    gauge_->SetValue(static_cast<int>(1000 * done / total));
    count_->SetLabel(wxString::Format(_("%zu of %zu"), done, total));
}

} // namespace gp::gui
