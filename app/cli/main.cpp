// gradphoto-cli: the headless front end. Exit codes: 0 success, 1 user error (message on
// stderr), 2 internal error.
#include "CliContext.h"
#include "Commands.h"
#include "core/common/UserError.h"
#include "gradphoto/BuildInfo.h"

#include <Poco/Exception.h>

namespace {

int report(gp::cli::CliContext& ctx, int code, const std::string& message,
           const std::string& hint) {
    ctx.err << "error: " << message << '\n';
    if (!hint.empty()) {
        ctx.err << "what to do: " << hint << '\n';
    }
    if (ctx.json) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("ok", false);
        o.set("exit_code", code);
        o.set("error", message);
        o.set("hint", hint);
        ctx.printJson(o);
    }
    return code;
}

} // namespace

int main(int argc, char** argv) {
    const gp::SystemClock clock;
    gp::cli::CliContext ctx(
        clock, gp::DataPaths::resolve(gp::processEnvironment(), gp::currentExecutable()));

    CLI::App app{"GradPhoto Console (毕业生图像审核台), headless: workspaces, intake, checks, "
                 "reports.",
                 "gradphoto-cli"};
    app.set_version_flag("--version", gp::cli::programVersion());
    app.add_option("-w,--workspace", ctx.workspaceDir, "Workspace folder")
        ->envname("GRADPHOTO_WORKSPACE");
    app.add_flag("--json", ctx.json, "Machine-readable JSON output");
    app.fallthrough();
    app.require_subcommand(1);

    gp::cli::addInitCommand(app, ctx);
    gp::cli::addInfoCommand(app, ctx);
    gp::cli::addModelsCommand(app, ctx);

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
        app.exit(e);
        return 1;
    } catch (const gp::UserError& e) {
        return report(ctx, 1, e.what(), e.hint());
    } catch (const Poco::Exception& e) {
        return report(ctx, 2, "internal error: " + e.displayText(),
                      "Please report this with the workspace's logs/gradphoto.log.");
    } catch (const std::exception& e) {
        return report(ctx, 2, std::string("internal error: ") + e.what(),
                      "Please report this with the workspace's logs/gradphoto.log.");
    }
}
