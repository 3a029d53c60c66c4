#include "PhotoIntake.h"

#include "../common/Sha256.h"
#include "../common/UserError.h"
#include "../store/Transaction.h"
#include "PhotoMatcher.h"

#include <sstream>
#include <unordered_map>

namespace gp::intake {
namespace {

/// Files committed per transaction: a killed import loses at most this many, and a rerun
/// finds the rest unchanged.
constexpr std::size_t kFilesPerTransaction = 200;

struct StopRequested {};

class Importer {
public:
    Importer(store::Workspace& ws, const PhotoIntakeRequest& request, PhotoMatcher& matcher,
             PhotoIntakeResult& result)
        : ws_(ws), request_(request), matcher_(matcher), result_(result) {}

    void refuse(RefusedEntry&& entry) {
        PhotoIntakeItem item;
        item.path = std::move(entry.path);
        item.problemCode = std::move(entry.problemCode); // its text is in the catalogue
        finish(std::move(item));
    }

    void accept(PhotoEntry&& entry) {
        PhotoIntakeItem item;
        item.path = entry.path;
        const auto probe = imaging::probeImage(entry.bytes, request_.limits);
        item.format = probe.format;
        item.width = probe.width;
        item.height = probe.height;
        item.exifOrientation = probe.exifOrientation;
        if (!probe.ok) {
            item.problemCode = probe.problemCode; // its text is in the catalogue
            finish(std::move(item));
            return;
        }
        const auto match = matcher_.match(entry.path);
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
        const auto& student = *match.student;
        item.studentNo = student.studentNo;
        item.studentName = student.name;
        item.matchedBy = match.matchedBy;
        item.sha256 = sha256Hex(entry.bytes);
        record(student, entry, item);
        finish(std::move(item));
    }

    void commit() {
        if (tx_) {
            tx_->commit();
            tx_.reset();
        }
    }

private:
    void record(const domain::Student& student, const PhotoEntry& entry, PhotoIntakeItem& item) {
        if (!tx_) {
            tx_ = std::make_unique<store::Transaction>(ws_.store());
        }
        auto& store = ws_.store();
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
            if (const auto it = seenThisRun_.find(item.sha256);
                it != seenThisRun_.end() && it->second != student.id) {
                refuseAsOther(item, it->second);
                return;
            }
        } else {
            const auto kind = request_.kind == PhotoKind::IdCard
                                  ? domain::ReferenceKind::IdCard
                                  : domain::ReferenceKind::Enrollment;
            for (const auto& r : store.referencePhotos().of(student.id, kind)) {
                if (r.sha256 == item.sha256) {
                    item.outcome = PhotoOutcome::Unchanged;
                    return;
                }
            }
        }
        std::istringstream bytes(entry.bytes);
        const auto stored = ws_.photos().put(bytes);
        const auto now = ws_.clock().nowIso();
        domain::ImageFacts facts{item.format, item.width, item.height, item.exifOrientation};
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
            seenThisRun_.emplace(item.sha256, student.id);
        } else {
            domain::ReferencePhoto r;
            r.studentId = student.id;
            r.kind = request_.kind == PhotoKind::IdCard ? domain::ReferenceKind::IdCard
                                                        : domain::ReferenceKind::Enrollment;
            r.sha256 = stored.sha256;
            r.sourceName = entry.path;
            r.byteSize = stored.byteSize;
            r.image = facts;
            r.importedAt = now;
            store.referencePhotos().add(r);
        }
        item.outcome = PhotoOutcome::NewVersion;
        if (++pending_ >= kFilesPerTransaction) {
            commit();
            pending_ = 0;
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

public:
    std::size_t total_ = 0;

private:
    store::Workspace& ws_;
    const PhotoIntakeRequest& request_;
    PhotoMatcher& matcher_;
    PhotoIntakeResult& result_;
    std::unique_ptr<store::Transaction> tx_;
    std::size_t pending_ = 0;
    std::size_t done_ = 0;
    std::unordered_map<std::string, domain::StudentId> seenThisRun_;
};

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
    Importer importer(ws, request, matcher, result);
    importer.total_ = source->size();
    try {
        source->forEach([&](PhotoEntry&& e) { importer.accept(std::move(e)); },
                        [&](RefusedEntry&& e) { importer.refuse(std::move(e)); });
    } catch (const StopRequested&) {
        result.stopped = true;
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
