#include "MainFrame.h"

#include "AppIcon.h"
#include "CampaignTime.h"
#include "DashboardPanel.h"
#include "ImportController.h"
#include "MenuIds.h"
#include "NewWorkspaceDialog.h"
#include "ReportController.h"
#include "ReviewPanel.h"
#include "ReviewSettingsDialog.h"
#include "SummaryPanel.h"
#include "Text.h"
#include "WelcomePanel.h"
#include "core/checks/ProfileCatalog.h"
#include "core/common/UserError.h"
#include "core/common/WorkspaceLog.h"
#include "core/review/Dashboard.h"
#include "core/review/ReviewRows.h"
#include "core/store/Transaction.h"
#include "core/store/WorkspaceSummary.h"
#include "gradphoto/BuildInfo.h"
#include "reports/packages/TemplateFile.h"

#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Exception.h>
#include <wx/aboutdlg.h>
#include <wx/config.h>
#include <wx/dirdlg.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/simplebook.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/utils.h>

#include <algorithm>

namespace gp::gui {

namespace fs = std::filesystem;

MainFrame::MainFrame(const Clock& clock, DataPaths paths, wxConfigBase& config)
    : wxFrame(nullptr, wxID_ANY, _("GradPhoto Console"), wxDefaultPosition, wxSize(1000, 720)),
      clock_(clock), paths_(std::move(paths)), config_(config), history_(9) {
    SetIcons(appIcons(paths_.templates));
    showError_ = [this](const wxString& message, const wxString& hint) {
        wxMessageDialog dialog(this, message, _("GradPhoto Console"), wxOK | wxICON_ERROR);
        if (!hint.empty()) {
            dialog.SetExtendedMessage(hint);
        }
        dialog.ShowModal();
    };
    runDialog_ = [](wxDialog& dialog) {
        return dialog.ShowModal();
    };
    imports_ = std::make_unique<ImportController>(*this, clock_, paths_);
    reports_ = std::make_unique<ReportController>(*this, *imports_, paths_);

    book_ = new wxSimplebook(this, wxID_ANY);
    welcome_ = new WelcomePanel(book_);
    tabs_ = new wxNotebook(book_, wxID_ANY);
    summary_ = new SummaryPanel(tabs_, campaignUtcOffset(paths_.templates));
    review_ = new ReviewPanel(tabs_, config_, clock_, paths_.templates);
    dashboard_ = new DashboardPanel(tabs_);
    tabs_->AddPage(summary_, _("Summary"));
    tabs_->AddPage(review_, _("Review"));
    tabs_->AddPage(dashboard_, _("Dashboard"));
    dashboard_->onCenterClicked([this](domain::CenterId center) {
        review_->filterByCenter(center);
        showReview();
    });
    tabs_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        if (e.GetSelection() == 2) {
            refreshDashboard();
        }
        e.Skip();
    });
    book_->AddPage(welcome_, _("Welcome"));
    book_->AddPage(tabs_, _("Workspace"));

    buildMenus();
    CreateStatusBar();
    config_.SetPath("/RecentWorkspaces");
    history_.Load(config_);
    config_.SetPath("/");
    showWelcome();
    SetSize(wxSize(static_cast<int>(config_.ReadLong("/Window/Width", 1280)),
                   static_cast<int>(config_.ReadLong("/Window/Height", 800))));
}

MainFrame::~MainFrame() {
    review_->saveLayout();
    if (!IsMaximized() && !IsIconized()) {
        config_.Write("/Window/Width", GetSize().x);
        config_.Write("/Window/Height", GetSize().y);
    }
    config_.SetPath("/RecentWorkspaces");
    history_.Save(config_);
    config_.SetPath("/");
    config_.Flush();
}

void MainFrame::buildMenus() {
    auto* file = new wxMenu;
    file->Append(MenuId::NewWorkspace, _("&New Workspace...\tCtrl+N"),
                 _("Create a workspace for a new collection campaign"));
    file->Append(MenuId::OpenWorkspace, _("&Open Workspace...\tCtrl+O"),
                 _("Open an existing workspace folder"));
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, _("Open &Recent"));
    history_.UseMenu(recent);
    history_.AddFilesToMenu(recent);
    file->Append(MenuId::CloseWorkspace, _("&Close Workspace\tCtrl+W"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    auto* import = new wxMenu;
    import->Append(MenuId::ImportRoster, _("Import &Roster...\tCtrl+I"),
                   _("Read a roster, preview what changes, then import it"));
    import->Append(MenuId::ImportCenters, _("Import &Centers..."),
                   _("Read the teaching centers' contacts and mailing addresses"));
    import->AppendSeparator();
    import->Append(MenuId::ImportPhotos, _("Import &Photos..."),
                   _("Import submitted photos from a folder or a zip file"));
    import->Append(MenuId::ImportEnrollmentPhotos, _("Import &Enrollment Photos..."),
                   _("Import the enrollment photos to compare submitted photos with"));
    import->Append(MenuId::ImportIdCardPhotos, _("Import &ID-card Photos..."),
                   _("Import the ID-card photos to compare submitted photos with"));

    auto* checksMenu = new wxMenu;
    checksMenu->Append(MenuId::RunChecks, _("&Run Checks\tCtrl+R"),
                       _("Check new and changed photos against the photo standard"));
    checksMenu->Append(MenuId::RunAllChecks, _("Check &All Photos Again"),
                       _("Check every student's latest photo again"));

    auto* reviewMenu = new wxMenu;
    reviewMenu->Append(MenuId::ShowReview, _("&Review Photos\tCtrl+1"),
                       _("The student list, the photos and the decision bar"));
    reviewMenu->Append(MenuId::ShowDashboard, _("&Dashboard\tCtrl+2"),
                       _("Progress per teaching center"));
    reviewMenu->AppendSeparator();
    reviewMenu->Append(MenuId::BatchApprove, _("&Batch Approve..."),
                       _("Approve the listed students whose photo passed every check and "
                         "matches their enrollment photo"));
    reviewMenu->AppendSeparator();
    reviewMenu->Append(MenuId::Settings, _("&Settings...\tCtrl+,"),
                       _("Reviewer name, language, photo profile, deadline"));

    auto* reportsMenu = new wxMenu;
    {
        int id = MenuId::ReportFirst;
        for (const auto& entry : ReportController::menuEntries()) {
            if (entry.kind == "upload-package") {
                reportsMenu->AppendSeparator();
            }
            reportsMenu->Append(id++, entry.label, entry.help);
        }
    }

    auto* view = new wxMenu;
    view->Append(MenuId::RefreshSummary, _("&Refresh\tF5"),
                 _("Count again what the workspace holds"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About GradPhoto Console"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&Workspace"));
    bar->Append(import, _("&Import"));
    bar->Append(checksMenu, _("&Checks"));
    bar->Append(reviewMenu, _("Re&view"));
    bar->Append(reportsMenu, _("Re&ports"));
    workspaceMenus_ = {import, checksMenu, reviewMenu, reportsMenu};
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, &MainFrame::onNew, this, MenuId::NewWorkspace);
    Bind(wxEVT_BUTTON, &MainFrame::onNew, this, MenuId::NewWorkspace);
    Bind(wxEVT_MENU, &MainFrame::onOpen, this, MenuId::OpenWorkspace);
    Bind(wxEVT_BUTTON, &MainFrame::onOpen, this, MenuId::OpenWorkspace);
    Bind(wxEVT_MENU, &MainFrame::onClose, this, MenuId::CloseWorkspace);
    Bind(wxEVT_MENU, &MainFrame::onRefresh, this, MenuId::RefreshSummary);
    Bind(wxEVT_MENU, &MainFrame::onRecent, this, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_LISTBOX_DCLICK, &MainFrame::onRecentList, this, MenuId::RecentList);
    Bind(wxEVT_MENU, &MainFrame::onQuit, this, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { imports_->chooseRoster(); }, MenuId::ImportRoster);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { imports_->chooseCenters(); }, MenuId::ImportCenters);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) { imports_->choosePhotos(intake::PhotoKind::Submission); },
        MenuId::ImportPhotos);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) { imports_->choosePhotos(intake::PhotoKind::Enrollment); },
        MenuId::ImportEnrollmentPhotos);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { imports_->choosePhotos(intake::PhotoKind::IdCard); },
        MenuId::ImportIdCardPhotos);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { imports_->runChecks(false); }, MenuId::RunChecks);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { imports_->runChecks(true); }, MenuId::RunAllChecks);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { showReview(); }, MenuId::ShowReview);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { showDashboard(); }, MenuId::ShowDashboard);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            showReview();
            review_->batchApprove();
        },
        MenuId::BatchApprove);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { openSettings(); }, MenuId::Settings);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& event) {
            const auto entries = ReportController::menuEntries();
            const auto index = static_cast<std::size_t>(event.GetId() - MenuId::ReportFirst);
            if (index < entries.size()) {
                reports_->chooseAndRun(entries[index].kind);
            }
        },
        MenuId::ReportFirst, MenuId::ReportLast);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onCloseWindow, this);
}

namespace {} // namespace

void MainFrame::updateMenus() {
    if (auto* bar = GetMenuBar()) {
        // By the menus themselves, not their positions: a menu added later (Reports) only
        // joins workspaceMenus_.
        for (size_t i = 0; i < bar->GetMenuCount(); ++i) {
            const auto* menu = bar->GetMenu(i);
            if (std::find(workspaceMenus_.begin(), workspaceMenus_.end(), menu) !=
                workspaceMenus_.end()) {
                bar->EnableTop(i, workspace_ != nullptr);
            }
        }
    }
}

bool MainFrame::importMenuEnabled() const {
    auto* bar = GetMenuBar();
    if (bar == nullptr || workspaceMenus_.empty()) {
        return false;
    }
    for (size_t i = 0; i < bar->GetMenuCount(); ++i) {
        if (bar->GetMenu(i) == workspaceMenus_.front()) { // the Import menu
            return bar->IsEnabledTop(i);
        }
    }
    return false;
}

void MainFrame::reportFailure(const wxString& what, std::exception_ptr error) {
    guarded(what, [&] { std::rethrow_exception(error); });
}

void MainFrame::onCloseWindow(wxCloseEvent& event) {
    // A running import holds the workspace; let it finish (photo imports stop after the
    // current file when asked).
    if (imports_->busy() && event.CanVeto()) {
        imports_->requestStop();
        event.Veto();
        wxBell();
        return;
    }
    event.Skip();
}

bool MainFrame::guarded(const wxString& what, const std::function<void()>& f,
                        const fs::path& workspaceDir) {
    std::string detail;
    wxString hint;
    try {
        f();
        return true;
    } catch (const UserError& e) {
        detail = e.what();
        hint = wx(e.hint());
    } catch (const Poco::Data::SQLite::CorruptImageException& e) {
        detail = "The workspace database is damaged: " + e.displayText();
        hint = _("Restore workspace.db from your backup; the photo originals in photos/ are "
                 "untouched.");
    } catch (const Poco::Exception& e) {
        detail = e.displayText();
        hint = _("This is an internal error. Please report it with the workspace's "
                 "logs/gradphoto.log.");
    } catch (const std::exception& e) {
        detail = e.what();
        hint = _("This is an internal error. Please report it with the workspace's "
                 "logs/gradphoto.log.");
    }
    const auto dir = workspaceDir.empty() && workspace_ ? workspace_->layout().root : workspaceDir;
    std::error_code ec;
    if (!dir.empty() && fs::is_directory(dir / "logs", ec)) {
        try {
            WorkspaceLog(dir / "logs").logger().error("gradphoto: %s", detail);
        } catch (...) {
        }
    }
    showError_(what + "\n\n" + wx(detail), hint);
    return false;
}

bool MainFrame::openWorkspace(const fs::path& dir) {
    if (imports_->busy()) {
        return false;
    }
    std::unique_ptr<store::Workspace> opened;
    store::WorkspaceSummary header;
    std::vector<review::ReviewRow> rows;
    // Open and read the list before letting go of what is shown now: a workspace that cannot
    // be shown is neither kept open nor remembered. The summary's counts come afterwards, on
    // a thread of their own: with 100,000 students they take as long as the list itself.
    if (!guarded(
            wxString::Format(_("The workspace %s could not be opened."), wx(dir)),
            [&] {
                opened = store::Workspace::open(dir, clock_);
                header = store::describe(*opened);
                // A read-only connection of its own, one snapshot.
                rows = review::loadReviewRows(opened->layout().database(), opened->profileId());
            },
            dir)) {
        return false;
    }
    counter_.forget();
    review_->open(nullptr);
    workspace_ = std::move(opened);
    rememberRecent(workspace_->layout().root);
    showSummaryHeader(header);
    review_->open(workspace_.get(), std::move(rows));
    refreshDashboard();
    countSummary();
    return true;
}

void MainFrame::countSummary() {
    if (!workspace_) {
        return;
    }
    const auto root = workspace_->layout().root;
    counter_.start(
        root,
        [this](const store::WorkspaceSummary& s) { summary_->show(s, profileName(s.profileId)); },
        [this](std::exception_ptr error) {
            reportFailure(_("The workspace summary could not be read."), error);
        });
}

void MainFrame::showSummaryHeader(const store::WorkspaceSummary& header) {
    summary_->showCounting(header, profileName(header.profileId));
    SetTitle(wx(header.name) + " - " + _("GradPhoto Console"));
    SetStatusText(wx(header.root));
    book_->SetSelection(1);
    updateMenus();
}

bool MainFrame::createWorkspace(const fs::path& dir, const wxString& name,
                                const std::string& profileId) {
    std::unique_ptr<store::Workspace> created;
    store::WorkspaceSummary summary;
    if (!guarded(wxString::Format(_("The workspace %s could not be created."), wx(dir)), [&] {
            const checks::ProfileCatalog profiles(paths_.templates / "profiles");
            profiles.require(profileId);
            created = store::Workspace::create(
                dir, {utf8(name), profileId, std::string("gradphoto ") + build::kVersion}, clock_);
            summary = store::summarize(*created);
        })) {
        return false;
    }
    review_->open(nullptr);
    workspace_ = std::move(created);
    rememberRecent(workspace_->layout().root);
    showSummary(summary);
    review_->open(workspace_.get());
    refreshDashboard();
    return true;
}

void MainFrame::closeWorkspace() {
    if (imports_->busy()) {
        return;
    }
    review_->saveLayout();
    counter_.forget();
    review_->open(nullptr);
    workspace_.reset();
    config_.DeleteEntry("/LastWorkspace");
    showWelcome();
}

void MainFrame::refreshSummary() {
    if (!workspace_ || imports_->busy()) {
        return;
    }
    counter_.forget(); // counted here and now: a count under way is stale
    guarded(_("The workspace summary could not be read."),
            [&] { showSummary(store::summarize(*workspace_)); });
    review_->reload();
    refreshDashboard();
}

void MainFrame::showReview() {
    if (workspace_) {
        book_->SetSelection(1);
        tabs_->SetSelection(1);
    }
}

void MainFrame::showDashboard() {
    if (workspace_) {
        book_->SetSelection(1);
        tabs_->SetSelection(2);
        refreshDashboard();
    }
}

void MainFrame::refreshDashboard() {
    if (!workspace_) {
        return;
    }
    guarded(_("The dashboard could not be counted."), [&] {
        auto& store = workspace_->store();
        store::Transaction snapshot(store, store::Transaction::Kind::Read);
        const auto centers = store.centers().all();
        const auto deadline = store.settings().get(review::kDeadlineSetting);
        snapshot.commit();
        // Days are counted in the campaign's local dates (Beijing), as the reports date things.
        dashboard_->show(review::buildDashboard(review_->list().allRows(), centers, deadline,
                                                clock_.now(), campaignUtcOffset(paths_.templates)));
    });
}

void MainFrame::openSettings() {
    std::vector<checks::ProfileInfo> profiles;
    guarded(_("The photo profiles could not be read."),
            [&] { profiles = checks::ProfileCatalog(paths_.templates / "profiles").profiles(); });
    wxString deadline;
    std::string profileId;
    if (workspace_) {
        guarded(_("The workspace settings could not be read."), [&] {
            deadline =
                wx(workspace_->store().settings().get(review::kDeadlineSetting).value_or(""));
            profileId = workspace_->profileId();
        });
    }
    ReviewSettingsDialog dialog(this, config_.Read("/Review/Reviewer", wxString()),
                                config_.Read("/Language", wxString()), profiles, profileId,
                                deadline);
    if (runDialog_(dialog) != wxID_OK) {
        return;
    }
    config_.Write("/Review/Reviewer", dialog.reviewer());
    config_.Write("/Language", dialog.language());
    config_.Flush();
    if (workspace_) {
        guarded(_("The workspace settings could not be saved."), [&] {
            store::Transaction tx(workspace_->store());
            workspace_->store().settings().set(review::kDeadlineSetting, utf8(dialog.deadline()));
            if (!dialog.profileId().empty()) {
                workspace_->store().settings().set(store::Workspace::kProfileKey,
                                                   dialog.profileId());
            }
            tx.commit();
        });
        refreshSummary();
    }
}

void MainFrame::showSummary(const store::WorkspaceSummary& summary) {
    summary_->show(summary, profileName(summary.profileId));
    SetTitle(wx(summary.name) + " - " + _("GradPhoto Console"));
    SetStatusText(wx(summary.root));
    book_->SetSelection(1);
    updateMenus();
}

bool MainFrame::showingSummary() const {
    return book_->GetSelection() == 1;
}

void MainFrame::showWelcome() {
    wxArrayString recent;
    for (size_t i = 0; i < history_.GetCount(); ++i) {
        recent.Add(history_.GetHistoryFile(i));
    }
    welcome_->setRecent(recent);
    SetTitle(_("GradPhoto Console"));
    SetStatusText(_("No workspace open"));
    book_->SetSelection(0);
    updateMenus();
}

void MainFrame::rememberRecent(const fs::path& dir) {
    history_.AddFileToHistory(wx(dir));
    config_.Write("/LastWorkspace", wx(dir));
}

wxString MainFrame::profileName(const std::string& id) const {
    try {
        const checks::ProfileCatalog profiles(paths_.templates / "profiles");
        if (auto p = profiles.find(id)) {
            const bool chinese =
                wxTranslations::Get() != nullptr &&
                wxTranslations::Get()->GetBestTranslation("gradphoto").StartsWith("zh");
            return wx(chinese ? p->nameZh : p->nameEn);
        }
    } catch (const UserError&) {
    }
    return _("(profile not installed on this computer)");
}

void MainFrame::onNew(wxCommandEvent&) {
    std::vector<checks::ProfileInfo> profiles;
    if (!guarded(_("The photo profiles could not be read."), [&] {
            profiles = checks::ProfileCatalog(paths_.templates / "profiles").profiles();
        })) {
        return;
    }
    NewWorkspaceDialog dialog(this, profiles, wxStandardPaths::Get().GetDocumentsDir());
    if (dialog.ShowModal() == wxID_OK) {
        createWorkspace(dialog.folder(), dialog.campaignName(), dialog.profileId());
    }
}

void MainFrame::onOpen(wxCommandEvent&) {
    wxDirDialog dialog(this, _("Open the workspace folder (the one holding workspace.db)"),
                       wxEmptyString, wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) {
        openWorkspace(utf8(dialog.GetPath()));
    }
}

void MainFrame::onRecent(wxCommandEvent& event) {
    const auto index = static_cast<size_t>(event.GetId() - wxID_FILE1);
    if (index < history_.GetCount()) {
        openWorkspace(utf8(history_.GetHistoryFile(index)));
    }
}

void MainFrame::onRecentList(wxCommandEvent& event) {
    openWorkspace(utf8(event.GetString()));
}

void MainFrame::onClose(wxCommandEvent&) {
    closeWorkspace();
}

void MainFrame::onRefresh(wxCommandEvent&) {
    refreshSummary();
}

void MainFrame::onQuit(wxCommandEvent&) {
    Close();
}

void MainFrame::onAbout(wxCommandEvent&) {
    wxAboutDialogInfo info;
    info.SetName(_("GradPhoto Console"));
    info.SetVersion(build::kVersion);
    info.SetDescription(
        _("Graduate photo review for diploma e-registration (教毕指〔2017〕99号)."));
    wxAboutBox(info, this);
}

} // namespace gp::gui
