// What a workspace holds, counted in one consistent snapshot: for `info` and the console.
#pragma once

#include "../domain/StudentStatus.h"
#include "Workspace.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace gp::store {

struct WorkspaceSummary {
    std::filesystem::path root;
    std::string name;
    std::string profileId;
    std::string createdAt;
    std::string createdBy;
    int schemaVersion = 0;

    std::size_t centers = 0;
    std::size_t centersMissingMailingDetails = 0;
    std::size_t students = 0; ///< on the roster (not withdrawn)
    std::size_t withdrawnStudents = 0;
    std::map<domain::StudentStatus, std::size_t> studentsByStatus;
    std::size_t photoVersions = 0;
    std::size_t enrollmentPhotos = 0;
    std::size_t idCardPhotos = 0;
    std::size_t checkRuns = 0;
    std::size_t faceComparisons = 0;
    std::size_t decisions = 0;
    std::size_t uploadBatches = 0;
    std::size_t mailingBatches = 0;
    std::size_t storedFiles = 0; ///< distinct original files the records refer to
    std::uintmax_t storedBytes = 0;
};

WorkspaceSummary summarize(Workspace& workspace);

/// The same, through any connection to the workspace's database (e.g. one of another thread,
/// so that a window can show the student list first and the counts when they are ready).
WorkspaceSummary summarize(WorkspaceStore& store, const std::filesystem::path& root);

/// Only what names the workspace (name, profile, creation, schema version), counts left at 0:
/// a few settings read, for a window title while the counts are still being made.
WorkspaceSummary describe(Workspace& workspace);

} // namespace gp::store
