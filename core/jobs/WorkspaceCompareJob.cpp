#include "WorkspaceCompareJob.h"

#include "WorkspaceDuplicates.h"
#include "core/faces/DescriptorExtractor.h"
#include "core/faces/PerceptualHash.h"
#include "core/faces/ReferenceComparison.h"
#include "core/imaging/ImageDecoder.h"
#include "core/store/Transaction.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <fstream>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

namespace gp::jobs {
namespace {

/// One image the task needs a descriptor of: stored already, or to compute.
struct Image {
    std::string sha256;
    std::optional<domain::FaceDescriptor> descriptor;
    bool computed = false;
    bool missing = false;   ///< the original is not in the photo store
    std::string unreadable; ///< why the image could not be decoded; empty when it could
};

/// Decodes an image; an image that cannot be decoded is said so in `image.unreadable`.
std::optional<cv::Mat> decodeOrNote(const std::string& bytes, Image& image) {
    try {
        return imaging::decodeImage(bytes);
    } catch (const std::exception& e) {
        image.unreadable = e.what();
        return std::nullopt;
    }
}

struct Task {
    domain::PhotoVersion photo;
    Image submission;
    std::optional<domain::FaceDescriptor> mirrored;
    std::optional<faces::PerceptualHash> hash;
    std::vector<domain::ReferencePhoto> references;
    std::vector<Image> referenceImages; ///< parallel to references
};

struct Done {
    Task task;
    std::exception_ptr error;
};

std::string readFile(const std::filesystem::path& p, bool& ok) {
    std::ifstream in(p, std::ios::binary);
    ok = static_cast<bool>(in);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/// The references a submission is compared with: every enrollment photo and the newest
/// ID-card photo.
std::vector<domain::ReferencePhoto> referencesOf(store::WorkspaceStore& store,
                                                 domain::StudentId student) {
    auto refs = store.referencePhotos().of(student, domain::ReferenceKind::Enrollment);
    const auto cards = store.referencePhotos().of(student, domain::ReferenceKind::IdCard);
    if (!cards.empty()) {
        refs.push_back(cards.front());
    }
    return refs;
}

bool isCurrent(store::WorkspaceStore& store, const Task& t, const std::string& model) {
    if (!t.submission.descriptor || !t.mirrored || !t.hash) {
        return false;
    }
    std::set<domain::ReferencePhotoId> have;
    for (const auto& c : store.faces().comparisonsOf(t.photo.id)) {
        if (c.modelId == model) {
            have.insert(c.referencePhotoId);
        }
    }
    if (t.references.empty()) {
        return have.count(0) > 0;
    }
    for (const auto& r : t.references) {
        if (have.count(r.id) == 0) {
            return false;
        }
    }
    return true;
}

std::vector<Task> collect(store::Workspace& ws, const std::string& model, bool all,
                          std::size_t& photos) {
    auto& store = ws.store();
    store::Transaction snapshot(store, store::Transaction::Kind::Read);
    std::vector<Task> tasks;
    for (const auto& s : store.students().list({})) {
        const auto latest = store.photoVersions().latestOf(s.id);
        if (!latest) {
            continue;
        }
        ++photos;
        Task t;
        t.photo = *latest;
        t.submission.sha256 = latest->sha256;
        t.submission.descriptor = store.faces().descriptor(latest->sha256, model);
        t.mirrored = store.faces().descriptor(latest->sha256, mirroredModelId(model));
        if (const auto h =
                store.faces().descriptor(latest->sha256, faces::PerceptualHash::kModelId)) {
            t.hash = faces::PerceptualHash::fromValues(h->descriptor);
        }
        t.references = referencesOf(store, s.id);
        for (const auto& r : t.references) {
            Image image;
            image.sha256 = r.sha256;
            image.descriptor = store.faces().descriptor(r.sha256, model);
            t.referenceImages.push_back(std::move(image));
        }
        if (!all && isCurrent(store, t, model)) {
            continue;
        }
        tasks.push_back(std::move(t));
    }
    snapshot.commit();
    return tasks;
}

} // namespace

std::string mirroredModelId(const std::string& modelId) {
    return modelId + "/mirrored";
}

CompareJobResult runWorkspaceComparison(store::Workspace& ws,
                                        const faces::RecognitionModels& models,
                                        const faces::ComparisonPolicy& policy,
                                        const CompareJobOptions& options) {
    CompareJobResult result;
    const std::string model = models.modelId();
    auto tasks = collect(ws, model, options.all, result.photos);
    result.current = result.photos - tasks.size();

    // Workers compute what is missing; this thread alone writes to the store.
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Done> done;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    auto worker = [&] {
        auto settings = policy.extraction;
        settings.mirrored = true;
        faces::DescriptorExtractor extractor(models, settings);
        for (;;) {
            const auto i = next.fetch_add(1);
            if (i >= tasks.size() || stop) {
                return;
            }
            Done d;
            d.task = tasks[i];
            auto& t = d.task;
            try {
                if (!t.submission.descriptor || !t.mirrored || !t.hash) {
                    bool ok = false;
                    const auto bytes = readFile(ws.photos().pathOf(t.submission.sha256), ok);
                    if (!ok) {
                        t.submission.missing = true;
                    } else if (const auto decoded = decodeOrNote(bytes, t.submission)) {
                        const cv::Mat& image = *decoded;
                        auto face = extractor.extract(image);
                        face.descriptor.sha256 = t.submission.sha256;
                        t.submission.descriptor = face.descriptor;
                        t.submission.computed = true;
                        auto mirrored = face.descriptor;
                        mirrored.modelId = mirroredModelId(model);
                        mirrored.descriptor = face.mirrored;
                        t.mirrored = mirrored;
                        t.hash = faces::PerceptualHash::of(image);
                    }
                }
                for (auto& r : t.referenceImages) {
                    if (r.descriptor) {
                        continue;
                    }
                    bool ok = false;
                    const auto bytes = readFile(ws.photos().pathOf(r.sha256), ok);
                    if (!ok) {
                        r.missing = true;
                        continue;
                    }
                    const auto decoded = decodeOrNote(bytes, r);
                    if (!decoded) {
                        continue;
                    }
                    auto face = extractor.extract(*decoded);
                    face.descriptor.sha256 = r.sha256;
                    r.descriptor = face.descriptor;
                    r.computed = true;
                }
            } catch (...) {
                d.error = std::current_exception(); // never out of a worker thread
            }
            {
                std::lock_guard lock(mutex);
                done.push_back(std::move(d));
            }
            ready.notify_one();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < std::max(1u, options.threads); ++t) {
        pool.emplace_back(worker);
    }

    constexpr std::size_t kPerTransaction = 100;
    std::optional<store::Transaction> tx;
    std::size_t uncommitted = 0;
    auto& faceStore = ws.store().faces();
    for (std::size_t handled = 0; handled < tasks.size();) {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return !done.empty(); });
        auto d = std::move(done.front());
        done.pop_front();
        lock.unlock();
        ++handled;
        if (d.error) {
            stop = true;
            for (auto& t : pool) {
                t.join();
            }
            if (tx) {
                tx->commit(); // what was compared before stays
            }
            std::rethrow_exception(d.error);
        }
        if (!tx) {
            tx.emplace(ws.store());
        }
        auto& t = d.task;
        const auto now = ws.clock().nowIso();
        if (t.submission.missing) {
            ++result.missingFiles;
            ws.log().error("compare: the original of photo version %?d (%s) is missing from the "
                           "photo store",
                           t.photo.id, t.photo.sourceName);
        } else if (!t.submission.unreadable.empty()) {
            // Recorded, not fatal: each comparison says the submission could not be decoded.
            ws.log().warning("compare: photo version %?d (%s) cannot be decoded: %s", t.photo.id,
                             t.photo.sourceName, t.submission.unreadable);
            std::vector<domain::ReferencePhotoId> refs;
            for (const auto& r : t.references) {
                refs.push_back(r.id);
            }
            if (refs.empty()) {
                refs.push_back(0);
            }
            for (const auto ref : refs) {
                domain::FaceComparison c;
                c.submissionId = t.photo.id;
                c.referencePhotoId = ref;
                c.modelId = model;
                c.state = "unreadable_submission";
                c.note = t.submission.unreadable;
                c.computedAt = now;
                faceStore.saveComparison(c);
                ++result.notCompared;
            }
            ++result.unreadable;
            ++result.processed;
        } else {
            if (t.submission.computed) {
                t.submission.descriptor->computedAt = now;
                faceStore.saveDescriptor(*t.submission.descriptor);
                t.mirrored->computedAt = now;
                faceStore.saveDescriptor(*t.mirrored);
                domain::FaceDescriptor hash;
                hash.sha256 = t.submission.sha256;
                hash.modelId = faces::PerceptualHash::kModelId;
                hash.faceCount = t.submission.descriptor->faceCount;
                hash.descriptor = t.hash->toValues();
                hash.note = "perceptual hash " + t.hash->hex();
                hash.computedAt = now;
                faceStore.saveDescriptor(hash);
                ++result.descriptors;
            }
            std::vector<domain::FaceComparison> comparisons;
            if (t.references.empty()) {
                comparisons.push_back(
                    faces::compareWithReference(*t.submission.descriptor, nullptr, {}, policy));
            }
            for (std::size_t i = 0; i < t.references.size(); ++i) {
                auto& img = t.referenceImages[i];
                if (img.missing) {
                    ++result.missingFiles;
                    ws.log().error("compare: the original of reference photo %?d (%s) is "
                                   "missing from the photo store",
                                   t.references[i].id, t.references[i].sourceName);
                    continue;
                }
                if (!img.unreadable.empty()) {
                    ws.log().warning("compare: reference photo %?d (%s) cannot be decoded: %s",
                                     t.references[i].id, t.references[i].sourceName,
                                     img.unreadable);
                    domain::FaceComparison c;
                    c.referencePhotoId = t.references[i].id;
                    c.state = "unreadable_reference";
                    c.note = img.unreadable;
                    comparisons.push_back(std::move(c));
                    ++result.unreadable;
                    continue;
                }
                if (img.computed) {
                    img.descriptor->computedAt = now;
                    faceStore.saveDescriptor(*img.descriptor);
                    ++result.descriptors;
                }
                auto c = faces::compareWithReference(*t.submission.descriptor, &*img.descriptor,
                                                     t.references[i].image, policy);
                c.referencePhotoId = t.references[i].id;
                comparisons.push_back(std::move(c));
            }
            for (auto& c : comparisons) {
                c.submissionId = t.photo.id;
                c.modelId = model;
                c.computedAt = now;
                faceStore.saveComparison(c);
                if (c.state != "compared") {
                    ++result.notCompared;
                } else if (c.outcome == "match") {
                    ++result.match;
                } else if (c.outcome == "review") {
                    ++result.review;
                } else {
                    ++result.noMatch;
                }
            }
            ++result.processed;
        }
        if (++uncommitted >= kPerTransaction) {
            tx->commit();
            tx.reset();
            uncommitted = 0;
        }
        if (options.progress && !options.progress(handled, tasks.size())) {
            result.stopped = true;
            stop = true;
            break;
        }
    }
    for (auto& t : pool) {
        t.join();
    }
    if (tx) {
        tx->commit();
    }
    if (!result.stopped) {
        const auto found =
            findWorkspaceDuplicates(ws, model, policy, std::max(1u, options.threads));
        result.duplicateFlags = storeDuplicateFlags(ws, found);
    }
    ws.log().information("compared %z photo(s) (%z descriptor(s) computed): %z match, %z review, "
                         "%z no match, %z not compared, %z duplicate flag(s)%s",
                         result.processed, result.descriptors, result.match, result.review,
                         result.noMatch, result.notCompared, result.duplicateFlags,
                         std::string(result.stopped ? " (stopped)" : ""));
    return result;
}

} // namespace gp::jobs
