#include "PackageStatus.h"

#include "core/review/StatusDerivation.h"

namespace gp::reports {

void refreshMemberStatuses(store::WorkspaceStore& store, const domain::Batch& batch,
                           const std::string& profileId) {
    for (const auto& member : batch.members) {
        review::refreshStatus(store, member.studentId, profileId);
    }
}

} // namespace gp::reports
