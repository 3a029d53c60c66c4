// The console's main window. For now: create, open and close workspaces, import rosters,
// centers and photos into them (ImportController), and show the open workspace's summary; the
// review screen and dashboard grow here.
#pragma once

#include "SummaryCounter.h"
#include "core/common/Clock.h"
#include "core/common/DataPaths.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"

#include <wx/filehistory.h>
#include <wx/frame.h>

#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

class wxConfigBase;
class wxDialog;
class wxMenu;
class wxNotebook;
class wxSimplebook;

namespace gp::gui {

class DashboardPanel;
class ImportController;
class ReportController;
class ReviewPanel;
class SummaryPanel;
class WelcomePanel;

class MainFrame : public wxFrame {
public:
    /// Shows an error; the default is a modal message box, tests replace it.
    using ErrorSink = std::function<void(const wxString& message, const wxString& hint)>;
    /// Shows a dialog and returns how it was closed; the default is ShowModal(), tests
    /// replace it to look at the dialog and press its buttons.
    using DialogRunner = std::function<int(wxDialog& dialog)>;

    MainFrame(const Clock& clock, DataPaths paths, wxConfigBase& config);
    ~MainFrame() override;

    bool openWorkspace(const std::filesystem::path& dir);
    bool createWorkspace(const std::filesystem::path& dir, const wxString& name,
                         const std::string& profileId);
    void closeWorkspace();
    void refreshSummary();

    store::Workspace* workspace() { return workspace_.get(); }
    SummaryPanel* summaryPanel() { return summary_; }
    /// True while the open workspace's summary is still being counted (see openWorkspace).
    bool summaryPending() const { return counter_.pending(); }
    WelcomePanel* welcomePanel() { return welcome_; }
    bool showingSummary() const;
    /// The open workspace's tabs: summary, review, dashboard.
    wxNotebook* tabs() { return tabs_; }
    ReviewPanel* reviewPanel() { return review_; }
    DashboardPanel* dashboardPanel() { return dashboard_; }
    void showReview();
    void showDashboard();
    /// Counts the dashboard again from the review list's rows.
    void refreshDashboard();
    void openSettings();
    void setErrorSink(ErrorSink sink) { showError_ = std::move(sink); }
    void setDialogRunner(DialogRunner runner) { runDialog_ = std::move(runner); }
    int runDialog(wxDialog& dialog) { return runDialog_(dialog); }
    /// Shows what went wrong in work that failed with error (as guarded() does).
    void reportFailure(const wxString& what, std::exception_ptr error);

    /// The Import menu's commands; the menu is enabled only while a workspace is open.
    ImportController& imports() { return *imports_; }
    bool importMenuEnabled() const;
    /// The Reports menu's commands.
    ReportController& reports() { return *reports_; }

private:
    void buildMenus();
    void updateMenus();
    void showWelcome();
    void rememberRecent(const std::filesystem::path& dir);
    wxString profileName(const std::string& id) const;
    /// Runs f, turning a thrown error into a message for the user (and a line in the
    /// workspace's log when there is one); false if it threw.
    bool guarded(const wxString& what, const std::function<void()>& f,
                 const std::filesystem::path& workspaceDir = {});
    void showSummary(const store::WorkspaceSummary& summary);
    void showSummaryHeader(const store::WorkspaceSummary& header);
    /// Starts counting the open workspace's summary in the background.
    void countSummary();

    void onNew(wxCommandEvent&);
    void onOpen(wxCommandEvent&);
    void onRecent(wxCommandEvent&);
    void onRecentList(wxCommandEvent&);
    void onClose(wxCommandEvent&);
    void onRefresh(wxCommandEvent&);
    void onQuit(wxCommandEvent&);
    void onAbout(wxCommandEvent&);
    void onCloseWindow(wxCloseEvent&);

    const Clock& clock_;
    DataPaths paths_;
    wxConfigBase& config_;
    wxFileHistory history_;
    std::unique_ptr<store::Workspace> workspace_;
    wxSimplebook* book_ = nullptr;
    WelcomePanel* welcome_ = nullptr;
    SummaryPanel* summary_ = nullptr;
    wxNotebook* tabs_ = nullptr;
    /// Menus enabled only while a workspace is open; the Import menu first.
    std::vector<wxMenu*> workspaceMenus_;
    ReviewPanel* review_ = nullptr;
    DashboardPanel* dashboard_ = nullptr;
    ErrorSink showError_;
    DialogRunner runDialog_;
    /// After workspace_: its background job is stopped before the workspace closes.
    std::unique_ptr<ImportController> imports_;
    /// Counts the summary after a workspace opened, on a thread of its own.
    SummaryCounter counter_{*this};
    std::unique_ptr<ReportController> reports_;
};

} // namespace gp::gui
