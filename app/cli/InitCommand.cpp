// gradphoto-cli init DIR [--profile ID] [--name NAME]: create a workspace.
#include "Commands.h"
#include "SummaryOutput.h"
#include "core/checks/ProfileCatalog.h"
#include "core/store/WorkspaceSummary.h"

namespace gp::cli {

void addInitCommand(CLI::App& app, CliContext& ctx) {
    struct Options {
        std::string dir;
        std::string profile = checks::ProfileCatalog::kDefaultProfile;
        std::string name;
    };
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("init", "Create a workspace (one collection campaign) in DIR");
    cmd->add_option("DIR", options->dir, "New or empty folder for the workspace")->required();
    cmd->add_option("--profile", options->profile, "Photo-spec profile to check against")
        ->capture_default_str();
    cmd->add_option("--name", options->name, "Campaign name (default: the folder's name)");
    cmd->callback([options, &ctx] {
        const checks::ProfileCatalog profiles(ctx.paths.templates / "profiles");
        const auto& profile = profiles.require(options->profile);
        auto ws = store::Workspace::create(
            options->dir, {options->name, profile.id, programVersion()}, ctx.clock);
        const auto summary = store::summarize(*ws);
        if (ctx.json) {
            ctx.printJson(summaryToJson(summary));
        } else {
            ctx.out << "Created a workspace in " << summary.root.string() << "\n\n";
            printSummary(ctx.out, summary, profile.nameEn);
        }
    });
}

} // namespace gp::cli
