// The one place where packages write a student's cached status: after the batch is recorded,
// each member's status is derived again from the record (core/review/StatusDerivation), which
// gives 已打包 for an approved photo in an upload batch and 已邮寄 for one in a mailing batch.
// Called inside the transaction that records the batch.
#pragma once

#include "core/domain/Batch.h"
#include "core/store/WorkspaceStore.h"

#include <string>

namespace gp::reports {

void refreshMemberStatuses(store::WorkspaceStore& store, const domain::Batch& batch,
                           const std::string& profileId);

} // namespace gp::reports
