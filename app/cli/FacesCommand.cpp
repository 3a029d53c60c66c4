// Face comparison from the command line:
//   gradphoto-cli compare-files A.jpg B.jpg [--profile ID]   two files, no workspace needed
//   gradphoto-cli compare-files --pairs LIST.csv              every pair of a list (columns a,b,
//                                                             paths relative to the list)
//   gradphoto-cli -w WS compare [--all | --stale] [--jobs N]  the workspace's latest photos
//   gradphoto-cli -w WS duplicates                            same bytes, near-identical, same face
#include "Commands.h"
#include "PhotoJobProgress.h"
#include "core/checks/PhotoProfile.h"
#include "core/common/UserError.h"
#include "core/faces/ComparisonPolicy.h"
#include "core/faces/DescriptorExtractor.h"
#include "core/faces/ModelCatalog.h"
#include "core/faces/RecognitionModels.h"
#include "core/faces/ReferenceComparison.h"
#include "core/imaging/ImageDecoder.h"
#include "core/jobs/WorkspaceCompareJob.h"
#include "core/jobs/WorkspaceDuplicates.h"

#include <Poco/JSON/Array.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <optional>
#include <sstream>

namespace gp::cli {
namespace {

namespace fs = std::filesystem;

checks::PhotoProfile loadProfile(const CliContext& ctx, const std::string& id) {
    return checks::PhotoProfile::load(ctx.paths.templates / "profiles" / (id + ".json"));
}

std::string readPhoto(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read the photo " + file.string() + ".", "Check the path.");
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

struct FilePair {
    fs::path a, b;
};

/// One pair's result: distance, similarity, outcome (match, review, no_match, no_face) and the
/// faces found in each photo.
struct PairResult {
    FilePair files;
    std::optional<double> distance;
    double similarity = 0;
    std::string outcome;
    int facesA = 0, facesB = 0;
    std::string noteA, noteB;
};

/// Each file's face, computed once per run (a list names the same photo in many pairs).
class FaceCache {
public:
    explicit FaceCache(faces::DescriptorExtractor& extractor) : extractor_(extractor) {}
    const faces::ExtractedFace& of(const fs::path& file) {
        const auto key = file.lexically_normal().string();
        auto it = faces_.find(key);
        if (it == faces_.end()) {
            it = faces_.emplace(key, extractor_.extract(imaging::decodeImage(readPhoto(file))))
                     .first;
        }
        return it->second;
    }

private:
    faces::DescriptorExtractor& extractor_;
    std::map<std::string, faces::ExtractedFace> faces_;
};

PairResult compareFiles(FaceCache& cache, const faces::ComparisonPolicy& policy,
                        const FilePair& pair) {
    const auto& a = cache.of(pair.a);
    const auto& b = cache.of(pair.b);
    PairResult r;
    r.files = pair;
    r.facesA = a.descriptor.faceCount;
    r.facesB = b.descriptor.faceCount;
    r.noteA = a.descriptor.note;
    r.noteB = b.descriptor.note;
    if (r.facesA == 0 || r.facesB == 0) {
        r.outcome = "no_face";
        return r;
    }
    r.distance = faces::descriptorDistance(a.descriptor.descriptor, b.descriptor.descriptor);
    r.similarity = policy.similarity(*r.distance);
    r.outcome = std::string(faces::toCode(policy.outcome(*r.distance)));
    return r;
}

Poco::JSON::Object toJson(const PairResult& r) {
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("a", r.files.a.string());
    o.set("b", r.files.b.string());
    if (r.distance) {
        o.set("distance", std::round(*r.distance * 10000) / 10000);
        o.set("similarity", std::round(r.similarity * 10) / 10);
    } else {
        o.set("distance", Poco::Dynamic::Var());
        o.set("similarity", Poco::Dynamic::Var());
    }
    o.set("outcome", r.outcome);
    Poco::JSON::Array count;
    count.add(r.facesA);
    count.add(r.facesB);
    o.set("faces", count);
    if (!r.noteA.empty() || !r.noteB.empty()) {
        Poco::JSON::Array notes;
        notes.add(r.noteA);
        notes.add(r.noteB);
        o.set("notes", notes);
    }
    return o;
}

std::string toText(const PairResult& r) {
    std::ostringstream out;
    out << r.files.a.string() << "  " << r.files.b.string() << "  " << r.outcome;
    if (r.distance) {
        out << "  distance " << std::fixed << std::setprecision(3) << *r.distance << "  similarity "
            << std::setprecision(1) << r.similarity;
    }
    out << "  faces " << r.facesA << "/" << r.facesB;
    for (const auto* note : {&r.noteA, &r.noteB}) {
        if (!note->empty()) {
            out << "  (" << *note << ")";
        }
    }
    return out.str();
}

std::vector<FilePair> readPairs(const fs::path& list) {
    std::ifstream in(list, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read the pair list " + list.string() + ".", "Check the path.");
    }
    const auto split = [](const std::string& line) {
        std::vector<std::string> cells;
        std::string cell;
        std::istringstream s(line);
        while (std::getline(s, cell, ',')) {
            while (!cell.empty() && (cell.back() == '\r' || cell.back() == ' ')) {
                cell.pop_back();
            }
            cells.push_back(cell);
        }
        return cells;
    };
    std::string line;
    std::getline(in, line);
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) {
        line.erase(0, 3); // a UTF-8 byte-order mark from Excel
    }
    const auto header = split(line);
    const auto column = [&](const std::string& name) {
        const auto it = std::find(header.begin(), header.end(), name);
        if (it == header.end()) {
            throw UserError("The pair list " + list.string() + " has no column \"" + name + "\".",
                            "Its first row must name the columns a and b (paths of the two "
                            "photos, relative to the list).");
        }
        return static_cast<std::size_t>(it - header.begin());
    };
    const auto ca = column("a");
    const auto cb = column("b");
    std::vector<FilePair> pairs;
    const auto base = list.parent_path();
    while (std::getline(in, line)) {
        const auto cells = split(line);
        if (cells.size() <= std::max(ca, cb) || cells[ca].empty() || cells[cb].empty()) {
            continue;
        }
        pairs.push_back({base / fs::u8path(cells[ca]), base / fs::u8path(cells[cb])});
    }
    return pairs;
}

void compareFilesCommand(CliContext& ctx, const std::vector<std::string>& files,
                         const std::string& pairsList, const std::string& profileId) {
    if (pairsList.empty() && files.size() != 2) {
        throw UserError("compare-files needs two photos, or --pairs LIST.csv.",
                        "Run: gradphoto-cli compare-files A.jpg B.jpg");
    }
    const auto policy = faces::ComparisonPolicy::fromProfile(loadProfile(ctx, profileId));
    const faces::RecognitionModels models(faces::ModelCatalog(ctx.paths.models));
    faces::DescriptorExtractor extractor(models, policy.extraction);
    FaceCache cache(extractor);
    if (pairsList.empty()) {
        const auto r = compareFiles(cache, policy, {files[0], files[1]});
        if (ctx.json) {
            ctx.printJson(toJson(r));
        } else {
            ctx.out << toText(r) << '\n';
        }
        return;
    }
    // One object per line per pair; a pair that cannot be read is reported and skipped.
    std::size_t failed = 0;
    for (const auto& pair : readPairs(pairsList)) {
        try {
            const auto r = compareFiles(cache, policy, pair);
            if (ctx.json) {
                ctx.printJson(toJson(r));
            } else {
                ctx.out << toText(r) << '\n';
            }
        } catch (const UserError& e) {
            ++failed;
            if (ctx.json) {
                Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
                o.set("a", pair.a.string());
                o.set("b", pair.b.string());
                o.set("ok", false);
                o.set("error", std::string(e.what()));
                ctx.printJson(o);
            } else {
                ctx.out << pair.a.string() << "  " << pair.b.string() << "  error: " << e.what()
                        << '\n';
            }
        }
    }
    if (failed > 0) {
        throw ReportedError(std::to_string(failed) + " pair(s) of " + pairsList +
                                " could not be compared.",
                            "See the lines marked error; fix the paths or the files.");
    }
}

void compareWorkspace(CliContext& ctx, bool all, unsigned jobs) {
    auto ws = ctx.openWorkspace();
    const auto profile = loadProfile(ctx, ws->profileId());
    const auto policy = faces::ComparisonPolicy::fromProfile(profile);
    const faces::RecognitionModels models(faces::ModelCatalog(ctx.paths.models));
    jobs::CompareJobOptions options;
    options.all = all;
    options.threads = jobs;
    PhotoJobProgress progress(ctx);
    options.progress = [&progress](std::size_t done, std::size_t total) {
        return progress(done, total);
    };
    const auto r = jobs::runWorkspaceComparison(*ws, models, policy, options);
    const double seconds = progress.finish();
    if (ctx.json) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("model", models.modelId());
        o.set("photos", r.photos);
        o.set("current", r.current);
        o.set("compared", r.processed);
        o.set("descriptors", r.descriptors);
        o.set("match", r.match);
        o.set("review", r.review);
        o.set("no_match", r.noMatch);
        o.set("not_compared", r.notCompared);
        o.set("missing_files", r.missingFiles);
        o.set("unreadable", r.unreadable);
        o.set("duplicate_flags", r.duplicateFlags);
        o.set("stopped", r.stopped);
        o.set("seconds", seconds);
        ctx.printJson(o);
        return;
    }
    ctx.out << "Compared " << r.processed << " of " << r.photos << " photos in " << std::fixed
            << std::setprecision(1) << seconds << " s (" << r.current << " already current, "
            << r.descriptors << " descriptors computed): " << r.match << " match, " << r.review
            << " need review, " << r.noMatch << " no match, " << r.notCompared
            << " not compared (no reference, no face, several faces or a poor reference).\n";
    if (r.unreadable > 0) {
        ctx.out << r.unreadable
                << " image(s) could not be decoded and are recorded as unreadable; see "
                   "logs/gradphoto.log.\n";
    }
    if (!r.stopped) {
        ctx.out << r.duplicateFlags
                << " duplicate flag(s) stored for review; `gradphoto-cli duplicates` lists them.\n";
    }
    if (r.missingFiles > 0) {
        ctx.out << r.missingFiles
                << " image(s) are missing from the photo store; see logs/gradphoto.log.\n";
    }
    if (r.stopped) {
        ctx.out << "Stopped on request; run the same command again to go on.\n";
    }
}

void duplicatesCommand(CliContext& ctx, unsigned jobs) {
    auto ws = ctx.openWorkspace();
    const auto policy = faces::ComparisonPolicy::fromProfile(loadProfile(ctx, ws->profileId()));
    const auto found = jobs::findWorkspaceDuplicates(*ws, faces::kDescriptorModelId, policy, jobs);
    jobs::storeDuplicateFlags(*ws, found); // the reviewer sees what this search found
    if (ctx.json) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("photos", found.candidates.size());
        o.set("without_descriptor", found.withoutDescriptor);
        Poco::JSON::Array groups;
        for (const auto& g : found.groups) {
            Poco::JSON::Object j(Poco::JSON_PRESERVE_KEY_ORDER);
            j.set("kind", std::string(faces::toCode(g.kind)));
            j.set("closest", g.closest);
            Poco::JSON::Array members;
            for (auto i : g.members) {
                const auto& c = found.candidates[i];
                Poco::JSON::Object m(Poco::JSON_PRESERVE_KEY_ORDER);
                m.set("student_no", c.studentNo);
                m.set("photo_version_id", c.photoVersionId);
                m.set("sha256", c.sha256);
                members.add(m);
            }
            j.set("members", members);
            groups.add(j);
        }
        o.set("groups", groups);
        ctx.printJson(o);
        return;
    }
    ctx.out << found.groups.size() << " duplicate group(s) among " << found.candidates.size()
            << " latest photos.\n";
    for (const auto& g : found.groups) {
        ctx.out << "  " << std::left << std::setw(15) << faces::toCode(g.kind);
        for (auto i : g.members) {
            ctx.out << ' ' << found.candidates[i].studentNo;
        }
        if (g.kind == faces::DuplicateKind::NearIdentical) {
            ctx.out << "  (" << g.closest << " bits apart)";
        } else if (g.kind == faces::DuplicateKind::SameFace) {
            ctx.out << "  (distance " << std::fixed << std::setprecision(3) << g.closest << ")";
        }
        ctx.out << '\n';
    }
    if (found.withoutDescriptor > 0) {
        ctx.out << found.withoutDescriptor
                << " photo(s) have not been compared yet, so only their bytes were checked; run "
                   "`gradphoto-cli compare` first.\n";
    }
}

} // namespace

void addFacesCommands(CLI::App& app, CliContext& ctx) {
    struct FileOptions {
        std::vector<std::string> files;
        std::string pairs;
        std::string profile = "chsi-2017";
    };
    auto f = std::make_shared<FileOptions>();
    auto* files = app.add_subcommand("compare-files",
                                     "Compare the faces of two photos (no workspace needed)");
    files->add_option("PHOTOS", f->files, "The two photos")->expected(0, 2);
    files->add_option("--pairs", f->pairs,
                      "A CSV list with columns a,b (paths relative to the list): one result per "
                      "line per pair");
    files->add_option("--profile", f->profile, "Profile whose thresholds apply")
        ->capture_default_str();
    files->callback([f, &ctx] { compareFilesCommand(ctx, f->files, f->pairs, f->profile); });

    struct RunOptions {
        bool all = false;
        bool stale = false;
        unsigned jobs = 2;
    };
    auto r = std::make_shared<RunOptions>();
    auto* compare = app.add_subcommand(
        "compare", "Compare the workspace's latest photos with the enrollment and ID-card photos");
    compare->add_flag("--all", r->all, "Compare every latest photo again");
    compare->add_flag("--stale", r->stale, "Only photos without current comparisons (default)");
    compare->add_option("--jobs", r->jobs, "Threads")->capture_default_str();
    compare->callback([r, &ctx] { compareWorkspace(ctx, r->all, std::max(1u, r->jobs)); });

    auto d = std::make_shared<RunOptions>();
    auto* duplicates = app.add_subcommand(
        "duplicates", "List photos shared by two students: same bytes, near-identical, same face");
    duplicates->add_option("--jobs", d->jobs, "Threads")->capture_default_str();
    duplicates->callback([d, &ctx] { duplicatesCommand(ctx, std::max(1u, d->jobs)); });
}

} // namespace gp::cli
