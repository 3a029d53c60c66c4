#include "WorkspaceDuplicates.h"

#include "WorkspaceCompareJob.h"
#include "core/store/Transaction.h"

namespace gp::jobs {

std::vector<domain::DuplicateFlag> duplicateFlags(const WorkspaceDuplicates& found,
                                                  const std::string& foundAt) {
    std::vector<domain::DuplicateFlag> flags;
    const auto flag = [&](const faces::DuplicateCandidate& self,
                          const faces::DuplicateCandidate& other, faces::DuplicateKind kind,
                          double closeness) {
        domain::DuplicateFlag f;
        f.studentId = self.studentId;
        f.otherStudentId = other.studentId;
        f.otherStudentNo = other.studentNo;
        f.kind = std::string(faces::toCode(kind));
        f.photoVersionId = self.photoVersionId;
        f.otherPhotoVersionId = other.photoVersionId;
        f.closeness = closeness;
        f.foundAt = foundAt;
        flags.push_back(std::move(f));
    };
    for (const auto& g : found.groups) {
        for (const auto& p : g.pairs) {
            const auto& a = found.candidates.at(p.a);
            const auto& b = found.candidates.at(p.b);
            flag(a, b, g.kind, p.closeness);
            flag(b, a, g.kind, p.closeness);
        }
    }
    return flags;
}

std::size_t storeDuplicateFlags(store::Workspace& ws, const WorkspaceDuplicates& found) {
    const auto flags = duplicateFlags(found, ws.clock().nowIso());
    store::Transaction tx(ws.store());
    ws.store().duplicates().replaceAll(flags);
    tx.commit();
    return flags.size();
}

WorkspaceDuplicates findWorkspaceDuplicates(store::Workspace& ws, const std::string& modelId,
                                            const faces::ComparisonPolicy& policy,
                                            unsigned threads) {
    WorkspaceDuplicates out;
    auto& store = ws.store();
    {
        store::Transaction snapshot(store, store::Transaction::Kind::Read);
        auto& faceStore = store.faces();
        for (const auto& s : store.students().list({})) {
            const auto latest = store.photoVersions().latestOf(s.id);
            if (!latest) {
                continue;
            }
            faces::DuplicateCandidate c;
            c.studentId = s.id;
            c.studentNo = s.studentNo;
            c.photoVersionId = latest->id;
            c.sha256 = latest->sha256;
            const auto face = faceStore.descriptor(latest->sha256, modelId);
            if (!face) {
                ++out.withoutDescriptor;
            } else if (face->faceCount == 1) {
                c.descriptor = face->descriptor;
                if (const auto m = faceStore.descriptor(latest->sha256, mirroredModelId(modelId))) {
                    c.mirrored = m->descriptor;
                }
            }
            if (const auto h =
                    faceStore.descriptor(latest->sha256, faces::PerceptualHash::kModelId)) {
                c.hash = faces::PerceptualHash::fromValues(h->descriptor);
            }
            out.candidates.push_back(std::move(c));
        }
        snapshot.commit();
    }
    faces::DuplicateSettings settings;
    settings.maxHamming = policy.duplicateHashMaxHamming;
    settings.maxFaceDistance = policy.duplicateFaceMaxDistance;
    settings.nearIdenticalMaxFaceDistance = policy.matchMaxDistance;
    settings.threads = threads;
    out.groups = faces::findDuplicates(out.candidates, settings);
    return out;
}

} // namespace gp::jobs
