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
    virtual void saveComparison(domain::FaceComparison& comparison) = 0;
    virtual std::vector<domain::FaceComparison> comparisonsOf(domain::SubmissionId photo) = 0;
    virtual std::size_t countComparisons() = 0;
};

} // namespace gp::store
