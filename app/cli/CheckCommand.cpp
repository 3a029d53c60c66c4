// gradphoto-cli check-file PHOTO [--profile ID] [--annotate OUT.png]: every check on one photo,
// no workspace needed. gradphoto-cli -w WS check [--all] [--jobs N]: the workspace's photos.
#include "Commands.h"
#include "PhotoJobProgress.h"
#include "core/checks/Annotation.h"
#include "core/checks/PhotoProfile.h"
#include "core/checks/PhotoVerdict.h"
#include "core/checks/analysis/FaceModels.h"
#include "core/checks/analysis/PhotoAnalysis.h"
#include "core/checks/measures/FaceChecks.h"
#include "core/checks/measures/ImageChecks.h"
#include "core/common/MessageCatalog.h"
#include "core/common/UserError.h"
#include "core/faces/ModelCatalog.h"
#include "core/jobs/WorkspaceCheckJob.h"

#include <Poco/JSON/Array.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <iomanip>
#include <opencv2/imgcodecs.hpp>
#include <sstream>

namespace gp::cli {
namespace {

checks::CheckList allChecks() {
    auto list = checks::faceChecks();
    for (auto& c : checks::imageChecks()) {
        list.push_back(std::move(c));
    }
    return list;
}

checks::PhotoProfile loadProfile(const CliContext& ctx, const std::string& id) {
    return checks::PhotoProfile::load(ctx.paths.templates / "profiles" / (id + ".json"));
}

std::string measuresText(const checks::CheckOutcome& o) {
    std::ostringstream out;
    for (const auto& m : o.measures) {
        out << (out.tellp() > 0 ? ", " : "") << m.name << " " << std::setprecision(4) << m.value
            << (m.unit.empty() ? "" : " " + m.unit);
    }
    return out.str();
}

const char* mark(checks::Verdict v) {
    switch (v) {
    case checks::Verdict::Pass:
        return "ok  ";
    case checks::Verdict::Warn:
        return "WARN";
    case checks::Verdict::Fail:
        return "FAIL";
    case checks::Verdict::NotApplicable:
        return "n/a ";
    case checks::Verdict::Error:
        return "ERR ";
    }
    return "?   ";
}

void checkFile(CliContext& ctx, const std::string& file, const std::string& profileId,
               const std::string& annotatePath) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read the photo " + file + ".", "Check the path.");
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const auto profile = loadProfile(ctx, profileId);
    const checks::FaceModels models(faces::ModelCatalog(ctx.paths.models));
    const auto reasons = MessageCatalog::load(ctx.paths.templates / "reasons.json");
    checks::PhotoAnalysis analysis(bytes.str(), std::filesystem::path(file).filename().string(),
                                   profile, models);
    const auto list = allChecks();
    const auto verdict = checks::runChecks(list, analysis);
    if (!annotatePath.empty()) {
        if (analysis.image().empty()) {
            throw UserError("The photo cannot be decoded, so there is nothing to annotate.");
        }
        if (!cv::imwrite(annotatePath, checks::annotate(analysis.image(), verdict))) {
            throw UserError("Cannot write " + annotatePath + ".",
                            "Give a .png path in a folder you may write to.");
        }
    }
    if (ctx.json) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("file", file);
        o.set("profile", profile.id());
        o.set("verdict", std::string(checks::toCode(verdict.verdict)));
        Poco::JSON::Array outcomes;
        for (const auto& c : verdict.outcomes) {
            Poco::JSON::Object j(Poco::JSON_PRESERVE_KEY_ORDER);
            j.set("id", c.checkId);
            j.set("verdict", std::string(checks::toCode(c.verdict)));
            Poco::JSON::Object value(Poco::JSON_PRESERVE_KEY_ORDER);
            for (const auto& m : c.measures) {
                Poco::JSON::Object v(Poco::JSON_PRESERVE_KEY_ORDER);
                v.set("value", m.value);
                v.set("unit", m.unit);
                value.set(m.name, v);
            }
            j.set("value", value);
            j.set("limit", c.limit);
            j.set("reason", c.reasonCode);
            if (!c.detail.empty()) {
                j.set("detail", c.detail);
            }
            outcomes.add(j);
        }
        o.set("checks", outcomes);
        Poco::JSON::Array codes;
        for (const auto& r : verdict.reasonCodes) {
            codes.add(r);
        }
        o.set("reasons", codes);
        if (!annotatePath.empty()) {
            o.set("annotated", annotatePath);
        }
        ctx.printJson(o);
        return;
    }
    ctx.out << file << " against " << profile.id() << ": " << checks::toCode(verdict.verdict)
            << "\n\n";
    for (const auto& c : verdict.outcomes) {
        ctx.out << "  " << mark(c.verdict) << "  " << std::left << std::setw(28) << c.checkId
                << measuresText(c) << (c.limit.empty() ? "" : "  (limit " + c.limit + ")");
        if (!c.reasonCode.empty() && c.verdict != checks::Verdict::Pass) {
            ctx.out << "  " << reasons.text(c.reasonCode, "en").problem;
        }
        if (c.verdict == checks::Verdict::NotApplicable || c.verdict == checks::Verdict::Error) {
            ctx.out << "  " << c.detail;
        }
        ctx.out << '\n';
    }
    if (!annotatePath.empty()) {
        ctx.out << "\nAnnotated: " << annotatePath << '\n';
    }
}

void checkWorkspace(CliContext& ctx, bool all, unsigned jobs) {
    auto ws = ctx.openWorkspace();
    const auto profile = loadProfile(ctx, ws->profileId());
    const checks::FaceModels models(faces::ModelCatalog(ctx.paths.models));
    const auto list = allChecks();
    jobs::CheckJobOptions options;
    options.all = all;
    options.threads = jobs;
    PhotoJobProgress progress(ctx);
    options.progress = [&progress](std::size_t done, std::size_t total) {
        return progress(done, total);
    };
    const auto factory = [&](const std::string& bytes, const std::string& name) {
        return std::unique_ptr<checks::CheckContext>(
            new checks::PhotoAnalysis(bytes, name, profile, models));
    };
    const auto r = jobs::runWorkspaceChecks(*ws, profile, list, factory, options);
    const double seconds = progress.finish();
    if (ctx.json) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("profile", profile.id());
        o.set("photos", r.photos);
        o.set("current", r.current);
        o.set("checked", r.checked);
        o.set("pass", r.passed);
        o.set("review", r.review);
        o.set("fail", r.failed);
        o.set("missing_files", r.missingFiles);
        o.set("stopped", r.stopped);
        o.set("seconds", seconds);
        ctx.printJson(o);
        return;
    }
    ctx.out << "Checked " << r.checked << " of " << r.photos << " photos against " << profile.id()
            << " in " << std::fixed << std::setprecision(1) << seconds << " s (" << r.current
            << " already current): " << r.passed << " pass, " << r.review << " need review, "
            << r.failed << " fail.\n";
    if (r.missingFiles > 0) {
        ctx.out << r.missingFiles
                << " photo(s) are missing from the photo store; see logs/gradphoto.log.\n";
    }
    if (r.stopped) {
        ctx.out << "Stopped on request; run the same command again to go on.\n";
    }
}

} // namespace

void addCheckCommands(CLI::App& app, CliContext& ctx) {
    struct FileOptions {
        std::string file;
        std::string profile = "chsi-2017";
        std::string annotate;
    };
    auto f = std::make_shared<FileOptions>();
    auto* checkFileCommand = app.add_subcommand(
        "check-file", "Check one photo against the photo standard (no workspace needed)");
    checkFileCommand->add_option("PHOTO", f->file, "The photo")->required();
    checkFileCommand->add_option("--profile", f->profile, "Photo-spec profile")
        ->capture_default_str();
    checkFileCommand->add_option("--annotate", f->annotate,
                                 "Write the photo with bands, landmarks and regions to this PNG");
    checkFileCommand->callback([f, &ctx] { checkFile(ctx, f->file, f->profile, f->annotate); });

    struct RunOptions {
        bool all = false;
        bool stale = false;
        unsigned jobs = 2;
    };
    auto r = std::make_shared<RunOptions>();
    auto* checkCommand = app.add_subcommand(
        "check", "Check the workspace's photos (only new or changed ones unless --all)");
    checkCommand->add_flag("--all", r->all, "Check every latest photo again");
    checkCommand->add_flag("--stale", r->stale, "Only photos without current results (default)");
    checkCommand->add_option("--jobs", r->jobs, "Threads")->capture_default_str();
    checkCommand->callback([r, &ctx] { checkWorkspace(ctx, r->all, std::max(1u, r->jobs)); });
}

} // namespace gp::cli
