// gradphoto-cli -w WS roster import FILE [--sheet NAME] [--mapping MAP.json] [--dry-run]
// [--accept-valid]: read, validate, preview the changes, and (unless a dry run) apply them.
#include "Commands.h"
#include "core/common/MessageCatalog.h"
#include "core/intake/RosterImport.h"
#include "reports/IntakeReports.h"

#include <Poco/JSON/Array.h>

#include <chrono>
#include <iomanip>

namespace gp::cli {

namespace {

struct RosterOptions {
    std::string file;
    std::string sheet;
    std::string mapping;
    bool dryRun = false;
    bool acceptValid = false;
    bool allowWithdraw = false;
};

int currentYear(const Clock& clock) {
    const auto t = std::chrono::system_clock::to_time_t(clock.now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    return tm.tm_year + 1900;
}

Poco::JSON::Array problemsJson(const intake::RosterPlan& plan, const MessageCatalog& messages) {
    Poco::JSON::Array out;
    for (const auto& p : plan.problems) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("row", p.row);
        o.set("column", p.column);
        o.set("value", p.value);
        o.set("code", p.code);
        o.set("severity", p.error ? "error" : "warning");
        const auto text = messages.text(p.code, "en");
        o.set("problem", text.problem);
        o.set("what_to_do", text.action);
        out.add(o);
    }
    return out;
}

void printPreview(std::ostream& out, const intake::RosterPlan& plan,
                  const MessageCatalog& messages) {
    out << "Roster     " << plan.file.string() << " (" << plan.format
        << (plan.encoding.empty() ? "" : ", " + plan.encoding) << ")\n"
        << "Sheet      " << plan.sheetName << ", header on row " << plan.headerRow << ", "
        << plan.rowsRead << " data rows\n";
    std::string unmapped;
    for (const auto& c : plan.columns) {
        if (!c.field) {
            unmapped += (unmapped.empty() ? "" : ", ") + c.header;
        }
    }
    if (!unmapped.empty()) {
        out << "Kept as extra attributes: " << unmapped << '\n';
    }
    out << "\n  added      " << std::setw(7) << plan.added.size() << "\n  changed    "
        << std::setw(7) << plan.changed.size() << "\n  withdrawn  " << std::setw(7)
        << plan.withdrawn.size() << "\n  unchanged  " << std::setw(7) << plan.unchanged
        << "\n  error rows " << std::setw(7) << plan.errorRows << '\n';
    if (!plan.newCenters.empty()) {
        out << "  new centers (created without contact details): ";
        for (std::size_t i = 0; i < plan.newCenters.size(); ++i) {
            out << (i ? ", " : "") << plan.newCenters[i];
        }
        out << '\n';
    }
    constexpr std::size_t kShown = 20;
    std::size_t shown = 0;
    for (const auto& change : plan.changed) {
        if (shown++ == kShown) {
            out << "  ... (all changes are in the report workbook)\n";
            break;
        }
        out << "  ~ " << change.student.studentNo << ' ' << change.student.name << ":";
        for (const auto& f : change.changes) {
            out << ' ' << f.field << " \"" << f.before << "\" -> \"" << f.after << '"';
        }
        out << '\n';
    }
    shown = 0;
    for (const auto& s : plan.withdrawn) {
        if (shown++ == kShown) {
            out << "  ... (all are in the report workbook)\n";
            break;
        }
        out << "  - " << s.studentNo << ' ' << s.name
            << " is no longer listed (kept, marked withdrawn)\n";
    }
    shown = 0;
    for (const auto& p : plan.problems) {
        if (shown++ == kShown) {
            out << "  ... " << plan.problems.size() - kShown << " more in the report workbook\n";
            break;
        }
        const auto text = messages.text(p.code, "en");
        out << "  row " << p.row << ", " << p.column << " \"" << p.value
            << "\": " << (p.error ? "error: " : "warning: ") << text.problem << ". " << text.action
            << ".\n";
    }
}

/// Why a plan is not applied, or empty when it may be.
std::string refusal(const intake::RosterPlan& plan, const RosterOptions& options) {
    if (plan.errorRows > 0 && !options.acceptValid) {
        return std::to_string(plan.errorRows) + " row(s) of " + plan.file.filename().string() +
               " have errors, so nothing was imported.";
    }
    if (plan.withdrawsMany && !options.allowWithdraw) {
        return std::to_string(plan.withdrawn.size()) + " students on the roster are not in " +
               plan.file.filename().string() +
               " and would be marked as no longer listed, so nothing was imported.";
    }
    return {};
}

void runRosterImport(const RosterOptions& options, CliContext& ctx) {
    auto ws = ctx.openWorkspace();
    const auto messages = MessageCatalog::load(ctx.paths.templates / "intake-messages.json");
    intake::RosterImportRequest request;
    request.file = options.file;
    request.sheet = options.sheet;
    request.mappingFile = options.mapping;
    request.columnsFile = ctx.paths.templates / "roster-columns.json";
    request.currentYear = currentYear(ctx.clock);
    const auto plan = intake::planRosterImport(*ws, request);
    const auto report = reports::writeRosterReport(plan, messages, ctx.paths.templates,
                                                   ws->layout().exports(), ctx.clock);
    const auto refused = refusal(plan, options);
    std::optional<intake::RosterImportResult> applied;
    if (!options.dryRun && refused.empty()) {
        applied = intake::applyRosterPlan(*ws, plan, options.acceptValid, options.allowWithdraw);
    }
    if (ctx.json) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("file", plan.file.string());
        o.set("format", plan.format);
        o.set("sheet", plan.sheetName);
        o.set("header_row", plan.headerRow);
        o.set("rows", plan.rowsRead);
        o.set("added", plan.added.size());
        o.set("changed", plan.changed.size());
        o.set("withdrawn", plan.withdrawn.size());
        o.set("withdraws_many", plan.withdrawsMany);
        o.set("unchanged", plan.unchanged);
        o.set("error_rows", plan.errorRows);
        o.set("dry_run", options.dryRun);
        o.set("applied", applied.has_value());
        o.set("report", report.string());
        o.set("problems", problemsJson(plan, messages));
        if (!refused.empty()) {
            o.set("ok", false);
            o.set("error", refused);
        }
        ctx.printJson(o);
    } else {
        printPreview(ctx.out, plan, messages);
        ctx.out << "\nReport: " << report.string() << '\n';
        if (applied) {
            ctx.out << "Imported: " << applied->added << " added, " << applied->changed
                    << " changed, " << applied->withdrawn << " withdrawn"
                    << (applied->skippedRows ? ", " + std::to_string(applied->skippedRows) +
                                                   " rows with errors left out"
                                             : "")
                    << ".\n";
        } else if (options.dryRun && refused.empty()) {
            ctx.out << "Dry run: nothing was changed.\n";
        }
    }
    if (!refused.empty()) {
        const bool errors = plan.errorRows > 0 && !options.acceptValid;
        throw ReportedError(refused, errors ? "Correct them (see " + report.string() +
                                                  ") and import again, or import the valid rows "
                                                  "only with --accept-valid."
                                            : "Check that this is the whole roster, not one "
                                              "center's sheet or the wrong sheet; if it is, add "
                                              "--allow-withdraw.");
    }
}

} // namespace

void addRosterCommand(CLI::App& app, CliContext& ctx) {
    auto* roster = app.add_subcommand("roster", "The student roster (学生名单)");
    roster->require_subcommand(1);
    auto options = std::make_shared<RosterOptions>();
    auto* importCommand = roster->add_subcommand(
        "import",
        "Import a roster (.xlsx .xls .ods .csv .txt); all or nothing unless --accept-valid");
    importCommand->add_option("FILE", options->file, "The roster file")->required();
    importCommand->add_option("--sheet", options->sheet,
                              "Sheet name (default: the first roster found)");
    importCommand->add_option("--mapping", options->mapping,
                              "JSON file mapping the file's headers to fields");
    importCommand->add_flag("--dry-run", options->dryRun, "Show what would change; change nothing");
    importCommand->add_flag("--accept-valid", options->acceptValid,
                            "Import the valid rows and list the others");
    importCommand->add_flag("--allow-withdraw", options->allowWithdraw,
                            "Allow marking more than a fifth of the roster as no longer listed");
    importCommand->callback([options, &ctx] { runRosterImport(*options, ctx); });
}

} // namespace gp::cli
