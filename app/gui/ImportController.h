// The Import menu's work: asks what to import, runs the reading and importing off the UI
// thread behind a progress window, shows the roster preview before anything changes and the
// outcome afterwards, writes the report workbooks into exports/, and refreshes the summary.
// While a job runs the rest of the console is disabled, so only the job's thread uses the
// workspace's database connection.
#pragma once

#include "BackgroundJob.h"
#include "core/common/Clock.h"
#include "core/common/DataPaths.h"
#include "core/intake/PhotoIntake.h"

#include <wx/string.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace gp::gui {

class MainFrame;
class ProgressWindow;

class ImportController {
public:
    ImportController(MainFrame& frame, const Clock& clock, DataPaths paths);
    ~ImportController();

    /// The menu commands: ask, then run.
    void chooseRoster();
    void chooseCenters();
    void choosePhotos(intake::PhotoKind kind);

    /// Reads and checks the roster in the background, then shows the preview; applies the
    /// plan in the background if the preview is accepted.
    void previewRoster(const std::filesystem::path& file, const std::string& sheet = {},
                       const std::filesystem::path& mappingFile = {});
    void importCenters(const std::filesystem::path& file);
    void importPhotos(intake::PhotoKind kind, const std::filesystem::path& source,
                      const std::filesystem::path& manifest,
                      const std::vector<intake::MatchKey>& matchBy);
    /// Runs the automated checks over the workspace's latest photos in the background (only
    /// new or changed ones unless all), with progress and Cancel, then shows the counts.
    void runChecks(bool all);

    bool busy() const { return job_.running(); }
    /// Asks a running photo import to stop after the current file.
    void requestStop() { job_.requestStop(); }
    /// The progress window while a job runs, else null.
    ProgressWindow* progress() const { return progress_; }

    /// Runs work as the console's one background job behind a progress window (with Cancel
    /// when cancellable); then done() on the UI thread, or the failure message with the error.
    /// Other controllers (reports) run their work through here too.
    void startJob(const wxString& title, const wxString& message, bool cancellable,
                  std::function<void()> work, std::function<void()> done, const wxString& failure);
    BackgroundJob& job() { return job_; }

private:
    struct RosterRun;
    void showRosterPreview(const std::shared_ptr<RosterRun>& run);
    void applyRoster(const std::shared_ptr<RosterRun>& run, bool validRowsOnly,
                     bool allowWithdrawingMany);
    void rosterApplied(const std::shared_ptr<RosterRun>& run);

    MainFrame& frame_;
    const Clock& clock_;
    DataPaths paths_;
    ProgressWindow* progress_ = nullptr;
    BackgroundJob job_; ///< last: stopped and joined before anything it uses goes away
};

} // namespace gp::gui
