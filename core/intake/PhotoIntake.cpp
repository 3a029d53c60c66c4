#include "PhotoIntake.h"

#include "../common/Sha256.h"
#include "../common/UserError.h"
#include "../store/Transaction.h"
#include "PhotoMatcher.h"

#include <algorithm>
#include <thread>
#include <unordered_map>

namespace gp::intake {
namespace {

/// Files committed per transaction: a killed import loses at most this many, and a rerun
/// finds the rest unchanged.
constexpr std::size_t kFilesPerTransaction = 200;

struct StopRequested {};

/// Imports entries in source order. Probing and hashing (the CPU work) run on two threads in
/// batches; matching and storing run on the calling thread, the only one using the store.
/// Bytes matched to more than one student in this import: key sha256, value those students.
using SharedBytes = std::unordered_map<std::string, std::vector<const domain::Student*>>;

class Importer {
public:
    Importer(store::Workspace& ws, const PhotoIntakeRequest& request, PhotoMatcher& matcher,
             PhotoIntakeResult& result, std::size_t total, SharedBytes shared)
        : ws_(ws), request_(request), matcher_(matcher), result_(result), total_(total),
          shared_(std::move(shared)) {}

    void accept(PhotoEntry&& entry) {
        batch_.push_back({std::move(entry), {}, {}});
        if (batch_.size() >= kProbeBatch) {
            flush();
        }
    }

    void refuse(RefusedEntry&& entry) {
        flush(); // keep the source order
        PhotoIntakeItem item;
        item.path = std::move(entry.path);
        item.problemCode = std::move(entry.problemCode); // its text is in the catalogue
        finish(std::move(item));
    }

    /// Probes and hashes the gathered entries, then records them.
    void flush() {
        auto work = [this](std::size_t from, std::size_t step) {
            for (std::size_t i = from; i < batch_.size(); i += step) {
                auto& p = batch_[i];
                p.probe = imaging::probeImage(p.entry.bytes, request_.limits);
                if (p.probe.ok) {
                    p.sha256 = sha256Hex(p.entry.bytes);
                }
            }
        };
        if (batch_.size() > 1) {
            std::thread second(work, 1, 2);
            work(0, 2);
            second.join();
        } else {
            work(0, 1);
        }
        auto batch = std::move(batch_);
        batch_.clear();
        for (auto& p : batch) {
            record(std::move(p));
        }
    }

    void commit() {
        if (tx_) {
            tx_->commit();
            tx_.reset();
        }
        uncommitted_ = 0;
        storedInBatch_.clear();
    }

    /// After a failure: the open batch is rolled back, and the files it stored that nothing
    /// else refers to are removed from the photo store.
    void discard() {
        tx_.reset();
        for (const auto& sha : storedInBatch_) {
            if (!ws_.store().photoVersions().isReferenced(sha)) {
                ws_.photos().removeUnreferenced(sha);
            }
        }
        storedInBatch_.clear();
    }

private:
    struct Probed {
        PhotoEntry entry;
        imaging::ImageProbe probe;
        std::string sha256;
    };
    static constexpr std::size_t kProbeBatch = 32;

    void record(Probed&& p) {
        PhotoIntakeItem item;
        item.path = p.entry.path;
        item.format = p.probe.format;
        item.width = p.probe.width;
        item.height = p.probe.height;
        item.exifOrientation = p.probe.exifOrientation;
        if (!p.probe.ok) {
            item.problemCode = p.probe.problemCode; // its text is in the catalogue
            finish(std::move(item));
            return;
        }
        const auto match = matcher_.match(p.entry.path);
        if (match.result == PhotoMatch::Result::NoMatch) {
            item.problemCode = "no_matching_student";
            finish(std::move(item));
            return;
        }
        if (match.result == PhotoMatch::Result::Ambiguous) {
            item.problemCode = "ambiguous_student";
            item.detail = match.detail;
            finish(std::move(item));
            return;
        }
        if (match.result == PhotoMatch::Result::NameMismatch) {
            item.problemCode = "name_mismatch";
            item.detail =
                match.detail + " ≠ " + match.student->studentNo + " " + match.student->name;
            finish(std::move(item));
            return;
        }
        if (match.student->withdrawn) {
            item.studentNo = match.student->studentNo;
            item.studentName = match.student->name;
            item.problemCode = "student_withdrawn";
            finish(std::move(item));
            return;
        }
        item.studentNo = match.student->studentNo;
        item.studentName = match.student->name;
        item.matchedBy = match.matchedBy;
        item.sha256 = std::move(p.sha256);
        store(*match.student, p.entry, item);
        finish(std::move(item));
    }

    void store(const domain::Student& student, const PhotoEntry& entry, PhotoIntakeItem& item) {
        if (!tx_) {
            tx_ = std::make_unique<store::Transaction>(ws_.store());
        }
        auto& store = ws_.store();
        const auto referenceKind = request_.kind == PhotoKind::IdCard
                                       ? domain::ReferenceKind::IdCard
                                       : domain::ReferenceKind::Enrollment;
        if (request_.kind == PhotoKind::Submission) {
            // The same bytes for another student: refused; for the same student: nothing to do.
            for (const auto& v : store.photoVersions().bySha256(item.sha256)) {
                if (v.studentId == student.id) {
                    item.outcome = PhotoOutcome::Unchanged;
                    item.version = v.version;
                    return;
                }
                refuseAsOther(item, v.studentId);
                return;
            }
            // The same bytes for two students in this import: neither gets them.
            if (const auto it = shared_.find(item.sha256); it != shared_.end()) {
                item.outcome = PhotoOutcome::Refused;
                item.problemCode = "same_bytes_in_import";
                for (const auto* other : it->second) {
                    if (other->id != student.id) {
                        item.detail += (item.detail.empty() ? "" : ", ") + other->studentNo + " " +
                                       other->name;
                    }
                }
                return;
            }
        } else {
            for (const auto& r : store.referencePhotos().of(student.id, referenceKind)) {
                if (r.sha256 == item.sha256) {
                    item.outcome = PhotoOutcome::Unchanged;
                    return;
                }
            }
        }
        const auto stored = ws_.photos().put(entry.bytes, item.sha256);
        if (stored.newlyStored) {
            storedInBatch_.push_back(stored.sha256);
        }
        const auto now = ws_.clock().nowIso();
        const domain::ImageFacts facts{item.format, item.width, item.height, item.exifOrientation};
        if (request_.kind == PhotoKind::Submission) {
            domain::PhotoVersion v;
            v.studentId = student.id;
            v.sha256 = stored.sha256;
            v.sourceName = entry.path;
            v.byteSize = stored.byteSize;
            v.image = facts;
            v.importedAt = now;
            store.photoVersions().add(v);
            // A new photo, first or retake, waits for the checks.
            store.students().setStatus(student.id, domain::StudentStatus::AwaitingCheck);
            item.version = v.version;
        } else {
            domain::ReferencePhoto r;
            r.studentId = student.id;
            r.kind = referenceKind;
            r.sha256 = stored.sha256;
            r.sourceName = entry.path;
            r.byteSize = stored.byteSize;
            r.image = facts;
            r.importedAt = now;
            store.referencePhotos().add(r);
        }
        item.outcome = PhotoOutcome::NewVersion;
        if (++uncommitted_ >= kFilesPerTransaction) {
            commit();
        }
    }

    void refuseAsOther(PhotoIntakeItem& item, domain::StudentId other) {
        item.outcome = PhotoOutcome::Refused;
        item.problemCode = "same_bytes_other_student";
        const auto s = ws_.store().students().byId(other);
        item.detail = s ? s->studentNo + " " + s->name : std::to_string(other);
    }

    void finish(PhotoIntakeItem&& item) {
        result_.items.push_back(std::move(item));
        ++done_;
        if (request_.progress && !request_.progress(done_, total_)) {
            throw StopRequested{};
        }
    }

    store::Workspace& ws_;
    const PhotoIntakeRequest& request_;
    PhotoMatcher& matcher_;
    PhotoIntakeResult& result_;
    std::size_t total_ = 0;
    std::vector<Probed> batch_;
    std::unique_ptr<store::Transaction> tx_;
    std::size_t uncommitted_ = 0;
    std::size_t done_ = 0;
    SharedBytes shared_;
    std::vector<std::string> storedInBatch_;
};

/// A first pass over the source: which bytes are matched to more than one student. Deciding
/// this before anything is stored means neither student gets a photo that may not be theirs.
SharedBytes sharedBytes(PhotoSource& source, const PhotoMatcher& matcher) {
    SharedBytes owners;
    source.forEach(
        [&](PhotoEntry&& e) {
            const auto m = matcher.match(e.path);
            if (m.result != PhotoMatch::Result::Matched || m.student->withdrawn) {
                return;
            }
            auto& students = owners[sha256Hex(e.bytes)];
            if (std::find(students.begin(), students.end(), m.student) == students.end()) {
                students.push_back(m.student);
            }
        },
        [](RefusedEntry&&) {});
    SharedBytes shared;
    for (auto& [sha, students] : owners) {
        if (students.size() > 1) {
            shared.emplace(sha, std::move(students));
        }
    }
    return shared;
}

} // namespace

PhotoIntakeResult importPhotos(store::Workspace& ws, const PhotoIntakeRequest& request) {
    auto source = openPhotoSource(request.source, request.zipLimits);
    PhotoMatcher matcher(ws.store().students().list({std::nullopt, std::nullopt, true}),
                         request.matchBy);
    if (!request.manifest.empty()) {
        readManifest(request.manifest, request.columnsFile, matcher);
    }
    PhotoIntakeResult result;
    result.source = request.source;
    result.kind = request.kind;
    Importer importer(ws, request, matcher, result, source->size(),
                      request.kind == PhotoKind::Submission ? sharedBytes(*source, matcher)
                                                            : SharedBytes{});
    try {
        source->forEach([&](PhotoEntry&& e) { importer.accept(std::move(e)); },
                        [&](RefusedEntry&& e) { importer.refuse(std::move(e)); });
        importer.flush();
    } catch (const StopRequested&) {
        result.stopped = true;
    } catch (...) {
        importer.discard();
        throw;
    }
    importer.commit();
    ws.log().information("photos imported from %s (%s): %z new, %z unchanged, %z refused%s",
                         request.source.filename().string(), std::string(toCode(request.kind)),
                         result.count(PhotoOutcome::NewVersion),
                         result.count(PhotoOutcome::Unchanged), result.count(PhotoOutcome::Refused),
                         std::string(result.stopped ? " (stopped by the user)" : ""));
    return result;
}

} // namespace gp::intake
