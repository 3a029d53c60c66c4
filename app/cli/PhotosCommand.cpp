// gradphoto-cli -w WS photos import PATH [--kind submission|enrollment|id-card]
// [--manifest FILE] [--match-by student-no,id-number,exam-no,collection-code]
#include "Commands.h"
#include "core/common/MessageCatalog.h"
#include "core/common/UserError.h"
#include "core/intake/PhotoIntake.h"
#include "reports/IntakeReports.h"

#include <Poco/JSON/Array.h>

#include <chrono>
#include <csignal>
#include <iomanip>
#include <sstream>

namespace gp::cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;

struct PhotoOptions {
    std::string path;
    std::string kind = "submission";
    std::string manifest;
    std::string matchBy = "student-no,id-number,exam-no,collection-code";
};

std::vector<intake::MatchKey> parseMatchBy(const std::string& text) {
    std::vector<intake::MatchKey> keys;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto key = intake::matchKeyFromCode(item);
        if (!key) {
            throw UserError("--match-by names \"" + item + "\", which is not a key.",
                            "Use student-no, id-number, exam-no and collection-code, comma "
                            "separated, in the order to try.");
        }
        keys.push_back(*key);
    }
    if (keys.empty()) {
        throw UserError("--match-by is empty.", "Name at least one key, e.g. student-no.");
    }
    return keys;
}

} // namespace

void addPhotosCommand(CLI::App& app, CliContext& ctx) {
    auto* photos = app.add_subcommand("photos", "Submitted, enrollment and ID-card photos");
    photos->require_subcommand(1);
    auto o = std::make_shared<PhotoOptions>();
    auto* importCommand = photos->add_subcommand(
        "import", "Import photos from a folder (recursively) or a .zip, matched by file name");
    importCommand->add_option("PATH", o->path, "A folder or a .zip")->required();
    importCommand->add_option("--kind", o->kind, "submission, enrollment or id-card")
        ->capture_default_str();
    importCommand->add_option("--manifest", o->manifest,
                              "A sheet listing key (学号/身份证号/考生号/采集码) and file name");
    importCommand
        ->add_option("--match-by", o->matchBy, "Keys to match file names against, in order")
        ->capture_default_str();
    importCommand->callback([o, &ctx] {
        const auto kind = intake::photoKindFromCode(o->kind);
        if (!kind) {
            throw UserError("--kind " + o->kind + " is not a photo kind.",
                            "Use submission, enrollment or id-card.");
        }
        auto ws = ctx.openWorkspace();
        const auto messages = MessageCatalog::load(ctx.paths.templates / "intake-messages.json");
        intake::PhotoIntakeRequest request;
        request.source = o->path;
        request.kind = *kind;
        request.matchBy = parseMatchBy(o->matchBy);
        request.manifest = o->manifest;
        request.columnsFile = ctx.paths.templates / "roster-columns.json";
        const auto started = std::chrono::steady_clock::now();
        auto lastShown = started;
        const bool showProgress = !ctx.json && ::isatty(2);
        request.progress = [&](std::size_t done, std::size_t total) {
            const auto now = std::chrono::steady_clock::now();
            if (showProgress &&
                (now - lastShown > std::chrono::milliseconds(250) || done == total)) {
                lastShown = now;
                ctx.err << "\r  " << done << " / " << total << " files" << std::flush;
            }
            return interrupted == 0;
        };
        interrupted = 0;
        auto previous = std::signal(SIGINT, [](int) { interrupted = 1; });
        const auto result = intake::importPhotos(*ws, request);
        std::signal(SIGINT, previous);
        if (showProgress) {
            ctx.err << '\n';
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const auto report = reports::writePhotoIntakeReport(result, messages, ctx.paths.templates,
                                                            ws->layout().exports(), ctx.clock);
        const auto refused = result.refusedByReason();
        if (ctx.json) {
            Poco::JSON::Object j(Poco::JSON_PRESERVE_KEY_ORDER);
            j.set("source", result.source.string());
            j.set("kind", std::string(intake::toCode(result.kind)));
            j.set("files", result.items.size());
            j.set("matched", result.matched());
            j.set("new_versions", result.count(intake::PhotoOutcome::NewVersion));
            j.set("unchanged", result.count(intake::PhotoOutcome::Unchanged));
            j.set("unmatched", result.unmatched());
            Poco::JSON::Object byReason;
            for (const auto& [code, n] : refused) {
                byReason.set(code, n);
            }
            j.set("refused", byReason);
            j.set("stopped", result.stopped);
            j.set("seconds", seconds);
            j.set("report", report.string());
            ctx.printJson(j);
            return;
        }
        ctx.out << "Photos from " << result.source.string() << " (" << intake::toCode(result.kind)
                << "): " << result.items.size() << " files in " << std::fixed
                << std::setprecision(1) << seconds << " s\n"
                << "  matched       " << std::setw(7) << result.matched() << "\n  new versions  "
                << std::setw(7) << result.count(intake::PhotoOutcome::NewVersion)
                << "\n  unchanged     " << std::setw(7)
                << result.count(intake::PhotoOutcome::Unchanged) << "\n  unmatched     "
                << std::setw(7) << result.unmatched() << '\n';
        for (const auto& [code, n] : refused) {
            if (code != "no_matching_student") {
                ctx.out << "  refused: " << std::setw(5) << n << "  "
                        << messages.text(code, "en").problem << '\n';
            }
        }
        if (result.stopped) {
            ctx.out << "Stopped on request; what was imported stays. Run the same command again "
                       "to go on.\n";
        }
        ctx.out << "Report: " << report.string() << '\n';
    });
}

} // namespace gp::cli
