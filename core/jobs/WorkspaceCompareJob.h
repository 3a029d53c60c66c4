// Face comparison over a workspace: each student's latest photo version against each of their
// enrollment photos (人像比对) and their newest ID-card photo (人证比对), on several threads.
// Descriptors are computed once per image content and model and stored; the submission's
// mirrored descriptor and perceptual hash are stored beside it for the duplicate search. Only
// what is missing is done again (a new photo, a new reference, a new model) unless `all`.
// An image that cannot be decoded is recorded as unreadable_submission / unreadable_reference
// and the job goes on. Stopping (Ctrl+C, the console's Cancel) keeps what was stored; running again
// goes on. A run that was not stopped ends with the duplicate search, whose flags replace the
// stored ones.
#pragma once

#include "core/faces/ComparisonPolicy.h"
#include "core/faces/RecognitionModels.h"
#include "core/store/Workspace.h"

#include <functional>
#include <string>

namespace gp::jobs {

struct CompareJobOptions {
    bool all = false;     ///< compare again photos whose comparisons are current
    unsigned threads = 2; ///< worker threads
    /// Called on the calling thread after each photo with (done, total); false stops the job.
    std::function<bool(std::size_t, std::size_t)> progress;
};

struct CompareJobResult {
    std::size_t photos = 0;      ///< latest photo versions in the workspace
    std::size_t current = 0;     ///< skipped: comparisons already current
    std::size_t processed = 0;   ///< photos whose comparisons were made now
    std::size_t descriptors = 0; ///< descriptors computed now (the rest were stored)
    std::size_t match = 0;       ///< comparisons by outcome ...
    std::size_t review = 0;
    std::size_t noMatch = 0;
    std::size_t notCompared = 0;    ///< ... and those with an explicit state instead
    std::size_t missingFiles = 0;   ///< images whose original is not in the store
    std::size_t unreadable = 0;     ///< images that could not be decoded (recorded, not fatal)
    std::size_t duplicateFlags = 0; ///< flags stored by the duplicate search at the end
    bool stopped = false;
};

/// The model id of a submission's mirrored descriptor.
std::string mirroredModelId(const std::string& modelId);

CompareJobResult runWorkspaceComparison(store::Workspace& workspace,
                                        const faces::RecognitionModels& models,
                                        const faces::ComparisonPolicy& policy,
                                        const CompareJobOptions& options);

} // namespace gp::jobs
