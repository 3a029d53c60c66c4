#pragma once

#include "../domain/FaceRecords.h"

#include <optional>
#include <string>
#include <vector>

namespace gp::store {

class FaceRepository {
public:
    virtual ~FaceRepository() = default;
    /// Stores or replaces the descriptor of (sha256, model).
    virtual void saveDescriptor(const domain::FaceDescriptor& descriptor) = 0;
    virtual std::optional<domain::FaceDescriptor> descriptor(const std::string& sha256,
                                                             const std::string& modelId) = 0;
    virtual std::size_t countDescriptors() = 0;
    /// Stores or replaces the comparison of (photo version, reference, model); sets its id.
    /// A comparison with a reference also removes the photo's no_reference rows (through
    /// removeNoReference, in the same unit): they no longer say anything true.
    virtual void saveComparison(domain::FaceComparison& comparison) = 0;
    /// Removes the photo's no_reference comparisons (of every model); returns how many.
    virtual std::size_t removeNoReference(domain::SubmissionId photo) = 0;
    virtual std::vector<domain::FaceComparison> comparisonsOf(domain::SubmissionId photo) = 0;
    virtual std::size_t countComparisons() = 0;
};

} // namespace gp::store
