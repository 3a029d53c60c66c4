// The console's main window. For now: create, open and close workspaces, and show the open
// workspace's summary; the review screen and dashboard grow here.
#pragma once

#include "core/common/Clock.h"
#include "core/common/DataPaths.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"

#include <wx/filehistory.h>
#include <wx/frame.h>

#include <filesystem>
#include <functional>
#include <memory>

class wxConfigBase;
class wxSimplebook;

namespace gp::gui {

class SummaryPanel;
class WelcomePanel;

class MainFrame : public wxFrame {
public:
    /// Shows an error; the default is a modal message box, tests replace it.
    using ErrorSink = std::function<void(const wxString& message, const wxString& hint)>;

    MainFrame(const Clock& clock, DataPaths paths, wxConfigBase& config);
    ~MainFrame() override;

    bool openWorkspace(const std::filesystem::path& dir);
    bool createWorkspace(const std::filesystem::path& dir, const wxString& name,
                         const std::string& profileId);
    void closeWorkspace();
    void refreshSummary();

    store::Workspace* workspace() { return workspace_.get(); }
    SummaryPanel* summaryPanel() { return summary_; }
    WelcomePanel* welcomePanel() { return welcome_; }
    bool showingSummary() const;
    void setErrorSink(ErrorSink sink) { showError_ = std::move(sink); }

private:
    void buildMenus();
    void showWelcome();
    void rememberRecent(const std::filesystem::path& dir);
    wxString profileName(const std::string& id) const;
    /// Runs f, turning a thrown error into a message for the user (and a line in the
    /// workspace's log when there is one); false if it threw.
    bool guarded(const wxString& what, const std::function<void()>& f,
                 const std::filesystem::path& workspaceDir = {});
    void showSummary(const store::WorkspaceSummary& summary);

    void onNew(wxCommandEvent&);
    void onOpen(wxCommandEvent&);
    void onRecent(wxCommandEvent&);
    void onRecentList(wxCommandEvent&);
    void onClose(wxCommandEvent&);
    void onRefresh(wxCommandEvent&);
    void onQuit(wxCommandEvent&);
    void onAbout(wxCommandEvent&);

    const Clock& clock_;
    DataPaths paths_;
    wxConfigBase& config_;
    wxFileHistory history_;
    std::unique_ptr<store::Workspace> workspace_;
    wxSimplebook* book_ = nullptr;
    WelcomePanel* welcome_ = nullptr;
    SummaryPanel* summary_ = nullptr;
    ErrorSink showError_;
};

} // namespace gp::gui
