// gradphoto-cli -w DIR info: what the workspace holds.
#include "Commands.h"
#include "SummaryOutput.h"
#include "core/checks/ProfileCatalog.h"
#include "core/common/UserError.h"
#include "core/store/WorkspaceSummary.h"

namespace gp::cli {

void addInfoCommand(CLI::App& app, CliContext& ctx) {
    auto* cmd = app.add_subcommand("info", "Summarise the workspace: roster, photos, decisions");
    cmd->callback([&ctx] {
        auto ws = ctx.openWorkspace();
        const auto summary = store::summarize(*ws);
        if (ctx.json) {
            ctx.printJson(summaryToJson(summary));
            return;
        }
        std::string profileName;
        try {
            const checks::ProfileCatalog profiles(ctx.paths.templates / "profiles");
            if (auto p = profiles.find(summary.profileId)) {
                profileName = p->nameEn;
            } else {
                profileName = "(not installed here)";
            }
        } catch (const UserError&) {
            profileName = "(profiles folder missing)";
        }
        printSummary(ctx.out, summary, profileName);
    });
}

} // namespace gp::cli
