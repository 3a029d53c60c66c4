// A small window that shows a background job's progress (a bar that fills, or pulses while
// the total is unknown) with an optional Cancel button, and keeps the rest of the console
// disabled until the job is done, so nothing touches what the job is using.
#pragma once

#include <wx/dialog.h>
#include <wx/timer.h>

#include <memory>

class wxButton;
class wxGauge;
class wxStaticText;
class wxWindowDisabler;

namespace gp::gui {

class BackgroundJob;

class ProgressWindow : public wxDialog {
public:
    /// cancellable: a Cancel button asks the job to stop.
    ProgressWindow(wxWindow* parent, const wxString& title, const wxString& message,
                   BackgroundJob& job, bool cancellable);
    ~ProgressWindow() override;

    wxString progressText() const;
    /// What the Cancel button does.
    void cancel();
    /// The job is over: stop polling and enable the console again (before a dialog that
    /// follows becomes modal). The window is then hidden; Destroy() it.
    void finish();

private:
    void poll();

    BackgroundJob& job_;
    wxStaticText* message_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxButton* cancel_ = nullptr;
    wxTimer timer_;
    std::unique_ptr<wxWindowDisabler> disabler_;
};

} // namespace gp::gui
