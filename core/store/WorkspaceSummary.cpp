#include "WorkspaceSummary.h"

#include "Transaction.h"

namespace gp::store {

namespace {

void readHeader(WorkspaceStore& store, WorkspaceSummary& s) {
    auto& settings = store.settings();
    s.name = settings.get(Workspace::kNameKey).value_or("");
    s.profileId = settings.get(Workspace::kProfileKey).value_or("");
    s.createdAt = settings.get(Workspace::kCreatedAtKey).value_or("");
    s.createdBy = settings.get(Workspace::kCreatedByKey).value_or("");
    s.schemaVersion = store.schemaVersion();
}

} // namespace

WorkspaceSummary describe(Workspace& ws) {
    WorkspaceSummary s;
    Transaction snapshot(ws.store(), Transaction::Kind::Read);
    readHeader(ws.store(), s);
    snapshot.commit();
    s.root = ws.layout().root;
    return s;
}

WorkspaceSummary summarize(Workspace& ws) {
    return summarize(ws.store(), ws.layout().root);
}

WorkspaceSummary summarize(WorkspaceStore& store, const std::filesystem::path& root) {
    WorkspaceSummary s;
    {
        // One read transaction: every count comes from the same snapshot, even while another
        // process imports.
        Transaction snapshot(store, Transaction::Kind::Read);
        readHeader(store, s);
        for (const auto& center : store.centers().all()) {
            ++s.centers;
            if (!center.hasMailingDetails()) {
                ++s.centersMissingMailingDetails;
            }
        }
        s.students = store.students().count(false);
        s.withdrawnStudents = store.students().count(true) - s.students;
        s.studentsByStatus = store.students().countByStatus();
        s.photoVersions = store.photoVersions().count();
        s.enrollmentPhotos = store.referencePhotos().count(domain::ReferenceKind::Enrollment);
        s.idCardPhotos = store.referencePhotos().count(domain::ReferenceKind::IdCard);
        s.checkRuns = store.checkRuns().count();
        s.faceComparisons = store.faces().countComparisons();
        s.decisions = store.decisions().count();
        s.uploadBatches = store.batches().count(domain::BatchKind::Upload);
        s.mailingBatches = store.batches().count(domain::BatchKind::Mailing);
        const auto originals = store.photoVersions().originalsTotals();
        s.storedFiles = originals.files;
        s.storedBytes = originals.bytes;
        snapshot.commit();
    }
    s.root = root;
    return s;
}

} // namespace gp::store
