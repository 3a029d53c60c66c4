// gradphoto-cli demo DIR [--photos DIR] [--seed N]: build (or reuse) a demo campaign in DIR,
// then print its progress per teaching center.
#include "CenterProgressOutput.h"
#include "Commands.h"
#include "core/checks/analysis/FaceModels.h"
#include "core/common/MessageCatalog.h"
#include "core/demo/CenterProgress.h"
#include "core/demo/DemoBuilder.h"
#include "core/demo/SampleFaces.h"
#include "core/faces/ModelCatalog.h"
#include "reports/IntakeReports.h"

#include <Poco/JSON/Array.h>

namespace gp::cli {

void addDemoCommand(CLI::App& app, CliContext& ctx) {
    struct Options {
        std::string dir;
        std::string photos;
        std::uint32_t seed = 20260315;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "demo", "Build a demo campaign in DIR (fictional roster, photos made from the demo "
                "photos, checks run), or reuse the one built there before");
    cmd->add_option("DIR", o->dir, "New or empty folder (or a demo built before)")->required();
    cmd->add_option("--photos", o->photos,
                    "Folder of the demo photos (default ~/.local/share/gradphoto/demo-photos)");
    cmd->add_option("--seed", o->seed, "Seed of the fictional cohort")->capture_default_str();
    cmd->callback([o, &ctx] {
        demo::DemoRequest request;
        request.dir = o->dir;
        request.photos = o->photos.empty() ? demo::defaultDemoPhotosDir(processEnvironment())
                                           : std::filesystem::path(o->photos);
        request.templates = ctx.paths.templates;
        request.seed = o->seed;
        request.createdBy = programVersion();
        if (!ctx.json) {
            request.say = [&ctx](const std::string& line) {
                ctx.out << line << '\n';
            };
        }
        std::unique_ptr<checks::FaceModels> models;
        std::unique_ptr<faces::RecognitionModels> recognition;
        const auto loadModels = [&]() -> demo::DemoModels {
            const faces::ModelCatalog catalog(ctx.paths.models);
            models = std::make_unique<checks::FaceModels>(catalog);
            recognition = std::make_unique<faces::RecognitionModels>(catalog);
            return {*models, *recognition};
        };
        const auto result = demo::buildDemo(request, loadModels, ctx.clock);
        auto ws = store::Workspace::open(result.workspace, ctx.clock);
        // The intake workbooks `photos import` writes, for the demo's imports too.
        std::vector<std::string> reportFiles;
        const auto messages = MessageCatalog::load(ctx.paths.templates / "intake-messages.json");
        for (const auto& intake : result.photoIntakes) {
            const auto file = reports::writePhotoIntakeReport(intake, messages, ctx.paths.templates,
                                                              ws->layout().exports(), ctx.clock);
            reportFiles.push_back(file.string());
        }
        const auto progress = demo::centerProgress(*ws);
        if (ctx.json) {
            auto j = centerProgressToJson(progress);
            j.set("workspace", result.workspace.string());
            j.set("reused", result.reused);
            Poco::JSON::Array students;
            for (const auto& s : result.students) {
                Poco::JSON::Object p(Poco::JSON_PRESERVE_KEY_ORDER);
                p.set("student_no", s.studentNo);
                p.set("center", s.center);
                p.set("role", std::string(demo::toCode(s.role)));
                p.set("flaw", std::string(demo::toCode(s.flaw)));
                students.add(p);
            }
            j.set("students", students);
            Poco::JSON::Array reportsWritten;
            for (const auto& f : reportFiles) {
                reportsWritten.add(f);
            }
            j.set("reports", reportsWritten);
            ctx.printJson(j);
            return;
        }
        for (const auto& f : reportFiles) {
            ctx.out << "  intake report: " << f << '\n';
        }
        ctx.out << '\n';
        printCenterProgress(ctx.out, progress);
        ctx.out << "\nThe demo workspace: " << result.workspace.string()
                << "\n  its inputs (roster, centers' sheet, photo folders): "
                << (result.workspace / "inputs").string() << "\n  open it with: gradphoto "
                << result.workspace.string() << '\n';
    });
}

} // namespace gp::cli
