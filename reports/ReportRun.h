// What every spreadsheet report of the workspace (status, retakes, missing, spotcheck) does
// around its own sheets: load its template, the shared one and the reason catalogue; resolve
// --center and open the output folder before any work; read the campaign's progress once; split
// into one workbook per center on request; name, stage and publish the files; write the
// explanation sheet and the problems sheet; collect problems so that none is silently skipped.
#pragma once

#include "CampaignProgress.h"
#include "ReportKind.h"
#include "ReportOutput.h"
#include "ReportTemplate.h"
#include "XlsxWorkbook.h"
#include "core/common/MessageCatalog.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace gp::reports {

/// An item of the explanation sheet: a label and a text, or a label and a count.
struct OverviewItem {
    std::string label;
    std::string text;
    std::optional<double> number;
};

class ReportRun {
public:
    /// Loads templates/reports/common.json, templates/reports/<kindId>.json and
    /// templates/reasons.json, resolves request.center and opens request.outputDir. Throws
    /// UserError for an unknown center, an unwritable folder or a broken template.
    ReportRun(store::Workspace& workspace, const ReportRequest& request,
              const std::filesystem::path& templatesDir, const std::string& kindId);

    /// Reads where every student stands; false when the request's progress callback cancelled.
    bool readProgress();
    const CampaignProgress& progress() const { return progress_; }

    store::Workspace& workspace() { return workspace_; }
    const ReportRequest& request() const { return request_; }
    const ReportTemplate& layout() const { return layout_; }
    const ReportTemplate& common() const { return common_; }
    int utcOffsetMinutes() const { return utcOffset_; }
    /// The named option of the request, or "" when not given.
    std::string option(const std::string& name) const;
    bool split() const;

    /// What one workbook covers: every center read, or one of them.
    struct Scope {
        const CenterProgress* only = nullptr; ///< null: all centers of the report
        std::vector<const CenterProgress*> centers;
    };
    /// One scope per center with --split, else one for all.
    std::vector<Scope> scopes() const;
    std::string centerName(const CenterProgress& center) const;

    /// A workbook staged under the template's file name for the scope, with the template's
    /// number formats. Sheet names used in it are tracked by sheetName().
    std::unique_ptr<XlsxWorkbook> openWorkbook(const Scope& scope);
    /// A valid, unused sheet name for the workbook last opened, made from name.
    std::string sheetName(const std::string& name);
    /// The explanation sheet: report title, workspace, time, scope, then items.
    void addOverview(XlsxWorkbook& book, const Scope& scope,
                     const std::vector<OverviewItem>& items);
    /// The problems sheet for the scope, when it has problems; then writes the file.
    void closeWorkbook(XlsxWorkbook& book, const Scope& scope);

    /// Records a problem; message is the common template's text for code, filled in.
    void problem(const CenterProgress& center, const std::string& studentNo,
                 const std::string& code, const std::map<std::string, std::string>& values = {});
    /// Problems every report states of the students it lists: no center, the latest photo's
    /// original missing, a stale cached status.
    void recordProblems(const CenterProgress& center, const StudentProgress& student);
    std::size_t problemCount(const Scope& scope) const;

    std::string statusLabel(domain::StudentStatus status) const;
    /// Reason codes as their labels (what was wrong) or advice (what to do), joined with "；".
    /// An unknown code is shown as itself and recorded as a problem.
    std::string reasonLabels(const std::vector<std::string>& codes);
    std::string reasonAdvice(const std::vector<std::string>& codes);
    /// The current time as the reports show it, e.g. 2026-11-21 16:00.
    std::string localNow() const;

    /// Publishes every workbook written (never replacing an earlier file) and returns what was
    /// done; counts as given.
    ReportResult finish(std::map<std::string, std::size_t> counts);

private:
    /// The staging folder, made on first use so that a refused option leaves nothing behind.
    ReportOutput& output();
    std::string reasonTexts(const std::vector<std::string>& codes, bool advice);
    std::vector<ReportProblem> problemsOf(const Scope& scope) const;

    store::Workspace& workspace_;
    const ReportRequest& request_;
    ReportTemplate common_;
    ReportTemplate layout_;
    MessageCatalog reasons_;
    std::map<std::string, std::string> statusLabels_;
    int utcOffset_ = 0;
    std::string stamp_; ///< yyyymmdd-hhmmss of the run, local time, shared by its files
    std::optional<domain::CenterId> only_;
    std::unique_ptr<ReportOutput> output_; ///< made on first use, see output()
    CampaignProgress progress_;
    std::vector<ReportProblem> problems_;
    std::set<std::string> unknownReasons_;
    std::set<std::string> sheetNames_;
    struct Staged {
        std::filesystem::path path;
        std::string stem;
    };
    std::vector<Staged> staged_;
};

} // namespace gp::reports
