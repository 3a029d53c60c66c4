// The duplicate search over a workspace: each student's latest photo version, with the
// descriptors and perceptual hash `compare` stored for it, through faces::findDuplicates.
#pragma once

#include "core/faces/ComparisonPolicy.h"
#include "core/faces/DuplicateFinder.h"
#include "core/store/Workspace.h"

#include <string>
#include <vector>

namespace gp::jobs {

struct WorkspaceDuplicates {
    std::vector<faces::DuplicateCandidate> candidates; ///< the latest photo of each student
    std::vector<faces::DuplicateGroup> groups;
    std::size_t withoutDescriptor = 0; ///< photos `compare` has not seen yet
};

WorkspaceDuplicates findWorkspaceDuplicates(store::Workspace& workspace, const std::string& modelId,
                                            const faces::ComparisonPolicy& policy,
                                            unsigned threads);

} // namespace gp::jobs
