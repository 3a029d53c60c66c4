// The duplicate search over a workspace: each student's latest photo version, with the
// descriptors and perceptual hash `compare` stored for it, through faces::findDuplicates;
// what it finds is stored as duplicate flags, so the review console shows each student the
// other's 学号.
#pragma once

#include "core/domain/DuplicateFlag.h"
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

/// The flags the groups raise: each pair alike, once from each student's side.
std::vector<domain::DuplicateFlag> duplicateFlags(const WorkspaceDuplicates& found,
                                                  const std::string& foundAt);

/// Replaces the workspace's stored duplicate flags with those of this search, in one
/// transaction; returns how many were stored.
std::size_t storeDuplicateFlags(store::Workspace& workspace, const WorkspaceDuplicates& found);

WorkspaceDuplicates findWorkspaceDuplicates(store::Workspace& workspace, const std::string& modelId,
                                            const faces::ComparisonPolicy& policy,
                                            unsigned threads);

} // namespace gp::jobs
