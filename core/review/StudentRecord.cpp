#include "StudentRecord.h"

#include "core/store/Transaction.h"

#include <algorithm>

namespace gp::review {

int StudentRecord::versionNumber(domain::SubmissionId id) const {
    for (const auto& v : versions) {
        if (v.id == id) {
            return v.version;
        }
    }
    return 0;
}

std::vector<std::string> StudentRecord::suggestedReasons() const {
    std::vector<std::string> out;
    if (!run) {
        return out;
    }
    for (const auto& r : run->results) {
        if (!r.reasonCode.empty() && r.verdict != "pass" && r.verdict != "not_applicable" &&
            std::find(out.begin(), out.end(), r.reasonCode) == out.end()) {
            out.push_back(r.reasonCode);
        }
    }
    return out;
}

const domain::FaceComparison* StudentRecord::comparison() const {
    const domain::FaceComparison* best = nullptr;
    for (const auto& c : comparisons) {
        if (c.state == "compared" && c.similarity && (best == nullptr || c.id > best->id)) {
            best = &c;
        }
    }
    return best;
}

StudentRecord readStudentRecord(store::WorkspaceStore& store, const std::string& profileId,
                                domain::StudentId student, domain::ReferenceKind referenceKind) {
    StudentRecord r;
    store::Transaction snapshot(store, store::Transaction::Kind::Read);
    r.student = store.students().byId(student);
    r.versions = store.photoVersions().versionsOf(student);
    r.references = store.referencePhotos().of(student, referenceKind);
    if (!r.versions.empty()) {
        r.run = store.checkRuns().latestFor(r.versions.back().id, profileId);
        r.comparisons = store.faces().comparisonsOf(r.versions.back().id);
    }
    r.decisions = store.decisions().historyOf(student);
    r.duplicates = store.duplicates().of(student);
    snapshot.commit();
    return r;
}

} // namespace gp::review
