#include "ImportController.h"

#include "ImportResultDialog.h"
#include "MainFrame.h"
#include "PhotoImportDialog.h"
#include "PhotoIntakeSummary.h"
#include "ProgressWindow.h"
#include "RosterFieldLabels.h"
#include "RosterImportDialog.h"
#include "RosterImportPreview.h"
#include "RosterPreviewModel.h"
#include "Text.h"
#include "Translations.h"
#include "core/checks/PhotoProfile.h"
#include "core/checks/analysis/FaceModels.h"
#include "core/checks/analysis/PhotoAnalysis.h"
#include "core/checks/measures/FaceChecks.h"
#include "core/checks/measures/ImageChecks.h"
#include "core/common/MessageCatalog.h"
#include "core/faces/ModelCatalog.h"
#include "core/intake/CenterImport.h"
#include "core/intake/RosterImport.h"
#include "core/jobs/WorkspaceCheckJob.h"
#include "reports/IntakeReports.h"

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <thread>

namespace gp::gui {

namespace fs = std::filesystem;

namespace {

/// The report workbook line under a result: where it is, or why it is missing.
wxString reportLine(const fs::path& report, const std::string& error) {
    return !report.empty()
               ? wxString::Format(_("Report: %s"), wx(report))
               : wxString::Format(_("The report workbook could not be written: %s"), wx(error));
}

/// A problem code's text: the catalogue's, else the console's own for the centers' sheet.
wxString problemText(const MessageCatalog& messages, const std::string& code,
                     const std::string& language) {
    if (messages.has(code)) {
        return wx(messages.text(code, language).problem);
    }
    if (code == "missing_center_name") {
        return _("The row has no teaching center name");
    }
    if (code == "duplicate_center") {
        return _("The teaching center appears twice in this sheet");
    }
    return wx(code);
}

} // namespace

struct ImportController::RosterRun {
    intake::RosterImportRequest request;
    std::string language;
    MessageCatalog messages;
    intake::RosterPlan plan;
    fs::path exports;
    fs::path report;
    std::string reportError;
    intake::RosterImportResult result;
};

ImportController::ImportController(MainFrame& frame, const Clock& clock, DataPaths paths)
    : frame_(frame), clock_(clock), paths_(std::move(paths)), job_(frame) {}

ImportController::~ImportController() {
    if (progress_ != nullptr) {
        progress_->finish();
    }
}

void ImportController::startJob(const wxString& title, const wxString& message, bool cancellable,
                                std::function<void()> work, std::function<void()> done,
                                const wxString& failure) {
    if (busy() || frame_.workspace() == nullptr) {
        return;
    }
    progress_ = new ProgressWindow(&frame_, title, message, job_, cancellable);
    job_.start(std::move(work), [this, done = std::move(done), failure](std::exception_ptr error) {
        progress_->finish();
        progress_->Destroy();
        progress_ = nullptr;
        if (error) {
            frame_.reportFailure(failure, error);
            return;
        }
        done();
    });
}

// --- roster ---------------------------------------------------------------------------------

void ImportController::chooseRoster() {
    RosterImportDialog dialog(&frame_);
    if (frame_.runDialog(dialog) == wxID_OK) {
        previewRoster(dialog.file(), dialog.sheet(), dialog.mappingFile());
    }
}

void ImportController::previewRoster(const fs::path& file, const std::string& sheet,
                                     const fs::path& mappingFile) {
    auto* ws = frame_.workspace();
    if (ws == nullptr) {
        return;
    }
    auto run = std::make_shared<RosterRun>();
    run->request.file = file;
    run->request.sheet = sheet;
    run->request.mappingFile = mappingFile;
    run->request.columnsFile = paths_.templates / "roster-columns.json";
    run->request.currentYear = std::stoi(clock_.nowIso().substr(0, 4));
    run->language = messageLanguage();
    run->exports = ws->layout().exports();
    const auto messagesFile = paths_.templates / "intake-messages.json";
    startJob(
        _("Import Roster"), wxString::Format(_("Reading and checking %s ..."), wx(file.filename())),
        false,
        [run, ws, messagesFile, templates = paths_.templates, &clock = clock_] {
            run->messages = MessageCatalog::load(messagesFile);
            run->plan = intake::planRosterImport(*ws, run->request);
            try {
                run->report = reports::writeRosterReport(run->plan, run->messages, templates,
                                                         run->exports, clock);
            } catch (const std::exception& e) {
                // The preview is still worth showing; it says the workbook is missing.
                run->reportError = e.what();
                ws->log().warning("roster report not written: %s", run->reportError);
            }
        },
        [this, run] { showRosterPreview(run); },
        wxString::Format(_("The roster %s could not be read."), wx(file)));
}

void ImportController::showRosterPreview(const std::shared_ptr<RosterRun>& run) {
    RosterImportPreview preview(
        &frame_, run->plan,
        RosterPreviewModel(run->plan, run->messages, run->language, rosterFieldLabel), run->report,
        run->reportError, run->exports);
    frame_.runDialog(preview);
    if (preview.applied()) {
        applyRoster(run, preview.validRowsOnly(), preview.withdrawingManyAllowed());
    }
}

void ImportController::applyRoster(const std::shared_ptr<RosterRun>& run, bool validRowsOnly,
                                   bool allowWithdrawingMany) {
    auto* ws = frame_.workspace();
    startJob(
        _("Import Roster"), _("Importing the roster ..."), false,
        [run, ws, validRowsOnly, allowWithdrawingMany] {
            run->result =
                intake::applyRosterPlan(*ws, run->plan, validRowsOnly, allowWithdrawingMany);
        },
        [this, run] { rosterApplied(run); },
        _("The roster could not be imported; the workspace is unchanged."));
}

void ImportController::rosterApplied(const std::shared_ptr<RosterRun>& run) {
    frame_.refreshSummary();
    const auto& r = run->result;
    const wxString done = wxString::Format(
        _("Roster imported: %zu students added, %zu changed, %zu no longer listed."), r.added,
        r.changed, r.withdrawn);
    wxString message = done;
    if (r.centersCreated > 0) {
        message +=
            "\n" + wxString::Format(_("%zu teaching centers were created."), r.centersCreated);
    }
    if (r.skippedRows > 0) {
        message += "\n" + wxString::Format(_("%zu rows with errors were left out; correct them "
                                             "and import the roster again."),
                                           r.skippedRows);
    }
    frame_.SetStatusText(done);
    wxMessageDialog dialog(&frame_, message, _("Import Roster"), wxYES_NO | wxICON_INFORMATION);
    dialog.SetExtendedMessage(reportLine(run->report, run->reportError));
    dialog.SetYesNoLabels(_("Open Exports Folder"), _("Close"));
    if (frame_.runDialog(dialog) == wxID_YES) {
        wxLaunchDefaultApplication(wx(run->exports));
    }
}

// --- teaching centers -----------------------------------------------------------------------

void ImportController::chooseCenters() {
    wxFileDialog dialog(&frame_, _("Choose the teaching centers' sheet"), wxEmptyString,
                        wxEmptyString,
                        _("Spreadsheets (*.xlsx;*.xls;*.ods;*.csv)|"
                          "*.xlsx;*.xls;*.ods;*.csv;*.XLSX;*.XLS;*.ODS;*.CSV|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (frame_.runDialog(dialog) == wxID_OK) {
        importCenters(utf8(dialog.GetPath()));
    }
}

void ImportController::importCenters(const fs::path& file) {
    auto* ws = frame_.workspace();
    if (ws == nullptr) {
        return;
    }
    struct Run {
        intake::CenterImportResult result;
        MessageCatalog messages;
        std::string language;
    };
    auto run = std::make_shared<Run>();
    run->language = messageLanguage();
    const auto messagesFile = paths_.templates / "intake-messages.json";
    const auto columnsFile = paths_.templates / "center-columns.json";
    startJob(
        _("Import Centers"), wxString::Format(_("Importing %s ..."), wx(file.filename())), false,
        [run, ws, file, messagesFile, columnsFile] {
            run->messages = MessageCatalog::load(messagesFile);
            run->result = intake::importCenters(*ws, file, columnsFile);
        },
        [this, run, file] {
            frame_.refreshSummary();
            const auto& r = run->result;
            ImportResultDialog dialog(
                &frame_, _("Import Centers"),
                wxString::Format(_("Teaching centers from %s"), wx(file.filename())));
            dialog.addCount(_("Added"), r.added);
            dialog.addCount(_("Updated"), r.updated);
            dialog.addCount(_("Unchanged"), r.unchanged);
            dialog.addCount(_("Rows with problems"), r.problems.size());
            dialog.addCount(_("Centers still without contact or mailing details"),
                            r.missingDetails.size());
            std::vector<std::vector<wxString>> problems;
            for (const auto& p : r.problems) {
                problems.push_back({wxString::Format("%d", p.row),
                                    problemText(run->messages, p.code, run->language),
                                    wx(p.value)});
            }
            const auto problemsTab = wxString::Format(_("Problems (%zu)"), problems.size());
            dialog.addList(
                problemsTab,
                {{_("Row"), 60, wxLIST_FORMAT_RIGHT}, {_("Problem"), 380}, {_("Value"), 300}},
                std::move(problems));
            std::vector<std::vector<wxString>> missing;
            for (const auto& name : r.missingDetails) {
                missing.push_back({wx(name), _("Add its contact, phone and mailing address to "
                                               "the sheet and import it again")});
            }
            const auto missingTab = wxString::Format(_("Missing details (%zu)"), missing.size());
            dialog.addList(missingTab, {{_("Teaching center"), 260}, {_("What to do"), 480}},
                           std::move(missing));
            dialog.finish();
            frame_.SetStatusText(wxString::Format(
                _("Teaching centers imported: %zu added, %zu updated."), r.added, r.updated));
            frame_.runDialog(dialog);
        },
        wxString::Format(_("The teaching centers' sheet %s could not be imported."), wx(file)));
}

// --- checks ---------------------------------------------------------------------------------

void ImportController::runChecks(bool all) {
    auto* ws = frame_.workspace();
    if (ws == nullptr || busy()) {
        return;
    }
    struct Run {
        jobs::CheckJobResult result;
        std::string profileId;
    };
    auto run = std::make_shared<Run>();
    const auto templates = paths_.templates;
    const auto models = paths_.models;
    startJob(
        _("Run Checks"), _("Checking the photos against the photo standard ..."), true,
        [run, ws, all, templates, models, job = &job_] {
            const auto profile =
                checks::PhotoProfile::load(templates / "profiles" / (ws->profileId() + ".json"));
            run->profileId = profile.id();
            const checks::FaceModels faceModels{faces::ModelCatalog(models)};
            auto list = checks::faceChecks();
            for (auto& c : checks::imageChecks()) {
                list.push_back(std::move(c));
            }
            jobs::CheckJobOptions options;
            options.all = all;
            options.threads = std::max(1u, std::thread::hardware_concurrency());
            options.progress = [job](std::size_t done, std::size_t total) {
                job->setProgress(done, total);
                return !job->stopRequested();
            };
            const auto factory = [&](const std::string& bytes, const std::string& name) {
                return std::unique_ptr<checks::CheckContext>(
                    new checks::PhotoAnalysis(bytes, name, profile, faceModels));
            };
            run->result = jobs::runWorkspaceChecks(*ws, profile, list, factory, options);
        },
        [this, run] {
            frame_.refreshSummary();
            const auto& r = run->result;
            ImportResultDialog dialog(
                &frame_, _("Run Checks"),
                r.stopped ? wxString(_("Stopped. The results so far are kept; run the checks "
                                       "again to continue."))
                          : wxString::Format(_("Checked against %s"), wx(run->profileId)));
            dialog.addCount(_("Photos (latest of each student)"), r.photos);
            dialog.addCount(_("Already checked, unchanged"), r.current);
            dialog.addCount(_("Checked now"), r.checked);
            dialog.addCount(_("    Pass"), r.passed);
            dialog.addCount(_("    Need review"), r.review);
            dialog.addCount(_("    Fail"), r.failed);
            dialog.addCount(_("Originals missing from the photo store"), r.missingFiles);
            dialog.finish();
            frame_.SetStatusText(wxString::Format(_("Checks done: %zu pass, %zu review, %zu fail."),
                                                  r.passed, r.review, r.failed));
            frame_.runDialog(dialog);
        },
        _("The photos could not be checked."));
}

// --- photos ---------------------------------------------------------------------------------

void ImportController::choosePhotos(intake::PhotoKind kind) {
    PhotoImportDialog dialog(&frame_, kind);
    if (frame_.runDialog(dialog) == wxID_OK) {
        importPhotos(kind, dialog.source(), dialog.manifest(), dialog.matchBy());
    }
}

void ImportController::importPhotos(intake::PhotoKind kind, const fs::path& source,
                                    const fs::path& manifest,
                                    const std::vector<intake::MatchKey>& matchBy) {
    auto* ws = frame_.workspace();
    if (ws == nullptr) {
        return;
    }
    struct Run {
        intake::PhotoIntakeRequest request;
        intake::PhotoIntakeResult result;
        MessageCatalog messages;
        std::string language;
        fs::path exports;
        fs::path report;
        std::string reportError;
    };
    auto run = std::make_shared<Run>();
    run->request.source = source;
    run->request.kind = kind;
    run->request.manifest = manifest;
    run->request.matchBy = matchBy;
    run->request.columnsFile = paths_.templates / "roster-columns.json";
    run->request.progress = [job = &job_](std::size_t done, std::size_t total) {
        job->setProgress(done, total);
        return !job->stopRequested();
    };
    run->language = messageLanguage();
    run->exports = ws->layout().exports();
    const auto messagesFile = paths_.templates / "intake-messages.json";
    startJob(
        photoImportTitle(kind),
        wxString::Format(_("Importing photos from %s ..."), wx(source.filename())), true,
        [run, ws, messagesFile, templates = paths_.templates, &clock = clock_] {
            run->messages = MessageCatalog::load(messagesFile);
            run->result = intake::importPhotos(*ws, run->request);
            try {
                run->report = reports::writePhotoIntakeReport(run->result, run->messages, templates,
                                                              run->exports, clock);
            } catch (const std::exception& e) {
                run->reportError = e.what();
                ws->log().warning("photo intake report not written: %s", run->reportError);
            }
        },
        [this, run, kind, source] {
            frame_.refreshSummary();
            const PhotoIntakeSummary s(run->result, run->messages, run->language);
            ImportResultDialog dialog(
                &frame_, photoImportTitle(kind),
                s.stopped()
                    ? wxString(_("Stopped. The photos imported so far are kept; import again "
                                 "to continue."))
                    : wxString::Format(_("Photos from %s"), wx(source.filename())));
            dialog.addCount(_("Files"), s.files());
            dialog.addCount(_("Matched to a student"), s.matched());
            dialog.addCount(kind == intake::PhotoKind::Submission ? _("New photo versions")
                                                                  : _("New photos"),
                            s.newVersions());
            dialog.addCount(_("Unchanged (imported before)"), s.unchanged());
            dialog.addCount(_("Not matched to a student"), s.unmatched());
            dialog.addCount(_("Refused"), s.refused());
            for (const auto& reason : s.reasons()) {
                dialog.addCount("    " + wx(reason.problem), reason.files);
            }
            std::vector<std::vector<wxString>> refused;
            for (const auto& f : s.refusedFiles()) {
                refused.push_back({wx(f.path), wx(f.problem), wx(f.action), wx(f.detail)});
            }
            // The tab's label is made before the rows are moved into the list.
            const auto refusedTab = wxString::Format(_("Refused files (%zu)"), refused.size());
            dialog.addList(
                refusedTab,
                {{_("File"), 170}, {_("Reason"), 170}, {_("What to do"), 420}, {_("Detail"), 220}},
                std::move(refused));
            dialog.setFootnote(reportLine(run->report, run->reportError));
            dialog.setReport(run->report, run->exports);
            dialog.finish();
            frame_.SetStatusText(wxString::Format(_("Photos imported: %zu matched, %zu refused."),
                                                  s.matched(), s.refused()));
            frame_.runDialog(dialog);
        },
        wxString::Format(_("The photos in %s could not be imported."), wx(source)));
}

} // namespace gp::gui
