// gradphoto-cli -w WS report KIND --out DIR [--center NAME] [--split] [--include-packed]
// [--share X] [--seed N] [--reviewer NAME] [--max-files N] [--max-mb M] [--name RULE]
// [--include-mailed]: one report or package, or the four sheets with `report all` (packages
// record batches, so they run only when named). Progress goes to stderr; --json prints one object
// with the files written, the problems met and the counts.
#include "Commands.h"
#include "core/common/UserError.h"
#include "reports/ReportKinds.h"
#include "reports/ReportOutput.h"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <optional>

namespace gp::cli {
namespace {

struct ReportOptions {
    std::string kind;
    std::string out;
    std::string center;
    bool split = false;
    bool includePacked = false;
    std::string share;
    std::string seed;
    std::string reviewer;
    std::string maxFiles;
    std::string maxMb;
    std::string nameRule;
    bool includeMailed = false;
};

std::string kindList(const std::vector<std::unique_ptr<reports::ReportKind>>& kinds) {
    std::string list;
    for (const auto& k : kinds) {
        list += k->id() + ", ";
    }
    return list + "all";
}

Poco::JSON::Object resultJson(const std::string& kind, const reports::ReportResult& r) {
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("kind", kind);
    Poco::JSON::Array files;
    for (const auto& f : r.files) {
        files.add(f.string());
    }
    o.set("files", files);
    Poco::JSON::Array problems;
    for (const auto& p : r.problems) {
        Poco::JSON::Object j(Poco::JSON_PRESERVE_KEY_ORDER);
        j.set("center", p.center);
        j.set("student_no", p.studentNo);
        j.set("message", p.message);
        problems.add(j);
    }
    o.set("problems", problems);
    Poco::JSON::Object counts(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [name, n] : r.counts) {
        counts.set(name, n);
    }
    o.set("counts", counts);
    if (!r.batchNumber.empty()) {
        o.set("batch", r.batchNumber);
    }
    o.set("cancelled", r.cancelled);
    return o;
}

/// An option none of the chosen kinds reads (say --name with mailing) is a mistake the user
/// should hear about, not one we quietly ignore.
void refuseUnreadOptions(const reports::ReportRequest& request,
                         const std::vector<std::unique_ptr<reports::ReportKind>>& kinds,
                         const std::vector<reports::ReportKind*>& chosen,
                         const std::string& asked) {
    for (const auto& [name, value] : request.options) {
        const bool read = std::any_of(chosen.begin(), chosen.end(), [&](const auto* k) {
            const auto names = k->optionNames();
            return std::find(names.begin(), names.end(), name) != names.end();
        });
        if (read) {
            continue;
        }
        std::string readers;
        for (const auto& k : kinds) {
            const auto names = k->optionNames();
            if (std::find(names.begin(), names.end(), name) != names.end()) {
                readers += (readers.empty() ? "" : ", ") + k->id();
            }
        }
        throw UserError("The option --" + name + " does not apply to \"" + asked +
                            "\"; it is an option of " + readers + ".",
                        "Leave --" + name + " out, or run it with: gradphoto-cli report " +
                            readers.substr(0, readers.find(',')) + " --" + name +
                            (value == "1" ? "" : " " + value));
    }
}

void runReports(CliContext& ctx, const ReportOptions& o) {
    auto kinds = reports::allReportKinds(ctx.paths.templates);
    std::vector<reports::ReportKind*> chosen;
    for (const auto& k : kinds) {
        if ((o.kind == "all" && !k->recordsBatch()) || k->id() == o.kind) {
            chosen.push_back(k.get());
        }
    }
    if (chosen.empty()) {
        throw UserError("There is no report \"" + o.kind + "\".",
                        "Choose one of: " + kindList(kinds) + ".");
    }
    auto ws = ctx.openWorkspace();

    if (!o.center.empty() && !ws->store().centers().byName(o.center)) {
        throw UserError("There is no center \"" + o.center + "\" in this workspace.",
                        "See the names with: gradphoto-cli -w DIR centers list");
    }
    reports::ReportRequest request;
    request.outputDir = std::filesystem::absolute(o.out.empty() ? ws->layout().exports()
                                                                : std::filesystem::path(o.out));
    if (!o.center.empty()) {
        request.center = o.center;
    }
    request.createdBy = o.reviewer.empty() ? programVersion() : o.reviewer;
    if (o.split) {
        request.options["split"] = "1";
    }
    if (o.includePacked) {
        request.options["include-packed"] = "1";
    }
    if (!o.share.empty()) {
        request.options["share"] = o.share;
    }
    if (!o.seed.empty()) {
        request.options["seed"] = o.seed;
    }
    if (!o.maxFiles.empty()) {
        request.options["max-files"] = o.maxFiles;
    }
    if (!o.maxMb.empty()) {
        request.options["max-mb"] = o.maxMb;
    }
    if (!o.nameRule.empty()) {
        request.options["name"] = o.nameRule;
    }
    if (o.includeMailed) {
        request.options["include-mailed"] = "1";
    }
    refuseUnreadOptions(request, kinds, chosen, o.kind);
    reports::ReportOutput::requireWritable(request.outputDir); // stops us before any work

    Poco::JSON::Array all;
    std::optional<Poco::JSON::Object> last;
    std::size_t files = 0;
    std::size_t problems = 0;
    for (auto* kind : chosen) {
        const auto id = kind->id();
        std::size_t lastTenth = 11;
        request.progress = [&ctx, id, &lastTenth](std::size_t done, std::size_t total) {
            const auto tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                ctx.err << id << ": " << done << "/" << total << " students read\n";
            }
            return true;
        };
        const auto result = kind->run(*ws, request);
        for (const auto& f : result.files) {
            ctx.err << id << ": wrote " << f.string() << '\n';
        }
        if (!result.problems.empty()) {
            ctx.err << id << ": " << result.problems.size()
                    << " problem(s), listed in the workbook's problems sheet\n";
        }
        files += result.files.size();
        problems += result.problems.size();
        if (ctx.json) {
            last = resultJson(id, result);
            all.add(*last);
        } else {
            for (const auto& f : result.files) {
                ctx.out << f.string() << '\n';
            }
        }
    }
    if (ctx.json) {
        if (o.kind == "all") {
            Poco::JSON::Object j(Poco::JSON_PRESERVE_KEY_ORDER);
            j.set("reports", all);
            j.set("files", files);
            j.set("problems", problems);
            ctx.printJson(j);
        } else {
            ctx.printJson(*last);
        }
    }
}

} // namespace

void addReportCommand(CLI::App& app, CliContext& ctx) {
    auto o = std::make_shared<ReportOptions>();
    auto* command = app.add_subcommand(
        "report", "Write a report or package: status, retakes, missing, spotcheck, all (the four "
                  "sheets), upload-package, mailing");
    command
        ->add_option("kind", o->kind,
                     "status, retakes, missing, spotcheck, all (the four sheets), upload-package "
                     "(CHSI), mailing (per center); packages record a batch and run only by name")
        ->required();
    command->add_option("--out", o->out, "Output folder (default: the workspace's exports/)");
    command->add_option("--center", o->center, "Only this teaching center");
    command->add_flag("--split", o->split, "One workbook per center");
    command->add_flag("--include-packed", o->includePacked,
                      "Upload package: also students already packed");
    command->add_option("--share", o->share,
                        "Spot check: share of approved students to phone, e.g. 0.05");
    command->add_option("--seed", o->seed, "Spot check: random seed (default: today's date)");
    command->add_option("--reviewer", o->reviewer, "Who runs the report (recorded on batches)");
    command->add_option("--max-files", o->maxFiles, "Upload package: files per zip part");
    command->add_option("--max-mb", o->maxMb, "Upload package: megabytes per zip part");
    command->add_option("--name", o->nameRule,
                        "Upload package: file names by id-number (default), student-no, exam-no, "
                        "collection-code, or a pattern such as {exam_no}_{student_no}.jpg");
    command->add_flag("--include-mailed", o->includeMailed,
                      "Mailing: also students whose prints were already mailed");
    command->callback([o, &ctx] { runReports(ctx, *o); });
}

} // namespace gp::cli
