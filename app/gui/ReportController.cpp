#include "ReportController.h"

#include "ImportController.h"
#include "ImportResultDialog.h"
#include "MainFrame.h"
#include "ReviewPanel.h"
#include "Text.h"
#include "reports/ReportKinds.h"

#include <wx/dirdlg.h>
#include <wx/msgdlg.h>

#include <memory>

namespace gp::gui {

namespace fs = std::filesystem;

ReportController::ReportController(MainFrame& frame, ImportController& jobs, DataPaths paths)
    : frame_(frame), jobs_(jobs), paths_(std::move(paths)) {}

std::vector<ReportController::MenuEntry> ReportController::menuEntries() {
    return {
        {"status", _("&Status Workbook..."),
         _("Per-center progress with a chart and one sheet per center")},
        {"retakes", _("&Retake List..."),
         _("Students who must retake, with reasons they understand and the deadline")},
        {"missing", _("&Missing List..."), _("Students with no photo yet, per center")},
        {"spotcheck", _("S&pot-check Sample..."),
         _("A reproducible sample of approved students to phone")},
        {"all", _("&All Four Sheets..."), _("Status, retakes, missing and spot check at once")},
        {"upload-package", _("CHSI &Upload Package..."),
         _("Approved photos as CHSI wants them, zipped in parts, with a manifest")},
        {"mailing", _("&Mailing Packages..."),
         _("Per center: print sheets, cover, address label and packing list")},
    };
}

void ReportController::chooseAndRun(const std::string& kind) {
    auto* ws = frame_.workspace();
    if (ws == nullptr || jobs_.busy()) {
        return;
    }
    wxDirDialog dialog(&frame_, _("Choose the folder to write the report into"),
                       wx(ws->layout().exports()), wxDD_DEFAULT_STYLE);
    if (frame_.runDialog(dialog) != wxID_OK) {
        return;
    }
    run(kind, fs::path(dialog.GetPath().utf8_string()));
}

void ReportController::run(const std::string& kind, const fs::path& folder) {
    auto* ws = frame_.workspace();
    if (ws == nullptr || jobs_.busy()) {
        return;
    }
    const bool package = kind == "upload-package" || kind == "mailing";
    if (package) {
        wxMessageDialog confirm(
            &frame_,
            kind == "mailing"
                ? _("Make the mailing packages? The students mailed are recorded in a mailing "
                    "batch and move to Mailed.")
                : _("Make the CHSI upload package? The students packed are recorded in an "
                    "upload batch and move to Packed; a later package leaves them out."),
            _("Reports"), wxYES_NO | wxICON_QUESTION);
        if (frame_.runDialog(confirm) != wxID_YES) {
            return;
        }
    }
    struct Run {
        std::vector<std::string> kinds;
        std::vector<reports::ReportResult> results;
    };
    auto state = std::make_shared<Run>();
    const auto templates = paths_.templates;
    const auto reviewer = frame_.reviewPanel()->reviewerName().utf8_string();
    jobs_.startJob(
        _("Reports"), _("Writing the report ..."), true,
        [state, ws, kind, folder, templates, reviewer, job = &jobs_.job()] {
            reports::ReportRequest request;
            request.outputDir = folder;
            request.createdBy = reviewer;
            request.progress = [job](std::size_t done, std::size_t total) {
                job->setProgress(done, total);
                return !job->stopRequested();
            };
            for (auto& k : reports::allReportKinds(templates)) {
                if ((kind == "all" && !k->recordsBatch()) || k->id() == kind) {
                    state->kinds.push_back(k->id());
                    state->results.push_back(k->run(*ws, request));
                }
            }
        },
        [this, state, folder] {
            frame_.refreshSummary();
            bool cancelled = false;
            std::vector<std::vector<wxString>> files;
            std::vector<std::vector<wxString>> problems;
            for (const auto& r : state->results) {
                cancelled = cancelled || r.cancelled;
                for (const auto& f : r.files) {
                    files.push_back({wx(f.filename())});
                }
                for (const auto& p : r.problems) {
                    problems.push_back({wx(p.center), wx(p.studentNo), wx(p.message)});
                }
            }
            ImportResultDialog dialog(
                &frame_, _("Reports"),
                cancelled
                    ? (files.empty() ? wxString(_("Cancelled. Nothing was written."))
                                     : wxString::Format(_("Cancelled. The reports finished "
                                                          "before it were written: %zu file(s) "
                                                          "in %s"),
                                                        files.size(), wx(folder)))
                    : wxString::Format(_("%zu file(s) written to %s"), files.size(), wx(folder)));
            for (std::size_t i = 0; i < state->results.size(); ++i) {
                for (const auto& [name, n] : state->results[i].counts) {
                    dialog.addCount(wx(state->kinds[i] + ": " + name), n);
                }
            }
            dialog.addList(_("Files"), {{_("File"), 320}}, files);
            if (!problems.empty()) {
                dialog.addList(_("Problems"),
                               {{_("Center"), 120}, {_("Student No."), 110}, {_("Problem"), 420}},
                               problems);
            }
            if (!state->results.empty() && !state->results.front().files.empty()) {
                dialog.setReport(state->results.front().files.front(), folder);
            }
            dialog.finish();
            frame_.SetStatusText(wxString::Format(_("Reports: %zu file(s), %zu problem(s)."),
                                                  files.size(), problems.size()));
            frame_.runDialog(dialog);
        },
        _("The report could not be written."));
}

} // namespace gp::gui
