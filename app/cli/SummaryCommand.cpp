// gradphoto-cli -w WS summary --by-center: progress per teaching center (students, submitted,
// pass / needs review / fail by the checks, approved, retake, missing).
#include "CenterProgressOutput.h"
#include "Commands.h"
#include "core/demo/CenterProgress.h"

namespace gp::cli {

void addSummaryCommand(CLI::App& app, CliContext& ctx) {
    auto byCenter = std::make_shared<bool>(true);
    auto* cmd = app.add_subcommand("summary", "Progress per teaching center");
    cmd->add_flag("--by-center", *byCenter, "One row per teaching center (the default)");
    cmd->callback([&ctx] {
        auto ws = ctx.openWorkspace();
        const auto progress = demo::centerProgress(*ws);
        if (ctx.json) {
            ctx.printJson(centerProgressToJson(progress));
            return;
        }
        printCenterProgress(ctx.out, progress);
    });
}

} // namespace gp::cli
