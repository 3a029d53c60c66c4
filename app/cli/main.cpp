// gradphoto-cli: the headless front end. Exit codes: 0 success, 1 a problem the user can fix
// (message on stderr; with --json also one JSON object on stdout), 2 internal error.
#include "CliContext.h"
#include "Commands.h"
#include "core/common/BlasKernel.h"
#include "core/common/UserError.h"
#include "core/common/WorkspaceLog.h"
#include "gradphoto/BuildInfo.h"

#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Exception.h>

#include <filesystem>

namespace {

/// Writes the error to the workspace's log, when there is a workspace folder to write it in.
void logError(const gp::cli::CliContext& ctx, const std::string& message) {
    if (ctx.workspaceDir.empty()) {
        return;
    }
    const auto logs = std::filesystem::path(ctx.workspaceDir) / "logs";
    std::error_code ec;
    if (!std::filesystem::is_directory(logs, ec)) {
        return;
    }
    try {
        gp::WorkspaceLog log(logs);
        log.logger().error("gradphoto-cli: %s", message);
    } catch (...) {
        // the log is a help, never a reason to fail differently
    }
}

int report(gp::cli::CliContext& ctx, int code, const std::string& message, const std::string& hint,
           bool jsonAlreadyPrinted = false) {
    ctx.err << "error: " << message << '\n';
    if (!hint.empty()) {
        ctx.err << "what to do: " << hint << '\n';
    }
    if (ctx.json && !jsonAlreadyPrinted) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("ok", false);
        o.set("exit_code", code);
        o.set("error", message);
        o.set("hint", hint);
        ctx.printJson(o);
    }
    logError(ctx, message);
    return code;
}

} // namespace

int main(int argc, char** argv) {
    gp::preferFastBlasKernel(argv); // before anything else: it may run the program again
    const gp::SystemClock clock;
    gp::cli::CliContext ctx(
        clock, gp::DataPaths::resolve(gp::processEnvironment(), gp::currentExecutable()));

    CLI::App app{"GradPhoto Console (毕业生图像审核台), headless: workspaces, intake, checks, "
                 "reports.",
                 "gradphoto-cli"};
    app.set_version_flag("--version", gp::cli::programVersion());
    app.add_option("-w,--workspace", ctx.workspaceDir, "Workspace folder")
        ->envname("GRADPHOTO_WORKSPACE");
    app.add_flag("--json", ctx.json, "Machine-readable JSON output (one object per command)");
    app.fallthrough();
    app.require_subcommand(1);

    gp::cli::addInitCommand(app, ctx);
    gp::cli::addInfoCommand(app, ctx);
    gp::cli::addModelsCommand(app, ctx);
    gp::cli::addRosterCommand(app, ctx);
    gp::cli::addCentersCommand(app, ctx);
    gp::cli::addPhotosCommand(app, ctx);
    gp::cli::addStudentsCommand(app, ctx);
    gp::cli::addCheckCommands(app, ctx);
    gp::cli::addReportCommand(app, ctx);
    gp::cli::addReviewCommands(app, ctx);
    gp::cli::addFacesCommands(app, ctx);
    gp::cli::addDemoCommand(app, ctx);
    gp::cli::addSummaryCommand(app, ctx);
    gp::cli::addSettingsCommand(app, ctx);

    const std::string internal = "Please report this with the workspace's logs/gradphoto.log.";
    try {
        app.parse(argc, argv);
        return 0;
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return report(ctx, 1, e.what(), "See gradphoto-cli --help.");
    } catch (const gp::cli::ReportedError& e) {
        return report(ctx, 1, e.what(), e.hint(), true);
    } catch (const gp::UserError& e) {
        return report(ctx, 1, e.what(), e.hint());
    } catch (const Poco::Data::SQLite::CorruptImageException& e) {
        return report(ctx, 1, "The workspace database is damaged: " + e.displayText() + ".",
                      "Restore workspace.db from your backup; the photo originals in photos/ "
                      "are untouched.");
    } catch (const Poco::Exception& e) {
        return report(ctx, 2, "internal error: " + e.displayText(), internal);
    } catch (const std::exception& e) {
        return report(ctx, 2, std::string("internal error: ") + e.what(), internal);
    }
}
