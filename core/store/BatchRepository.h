#pragma once

#include "../domain/Batch.h"

#include <optional>
#include <string>
#include <vector>

namespace gp::store {

class BatchRepository {
public:
    virtual ~BatchRepository() = default;
    /// Stores the batch and its members; sets its id.
    virtual domain::BatchId create(domain::Batch& batch) = 0;
    virtual std::optional<domain::Batch> byNumber(const std::string& number) = 0;
    /// Batches of the kind, newest first, with their members.
    virtual std::vector<domain::Batch> list(domain::BatchKind kind) = 0;
    virtual void setTrackingNumber(domain::BatchId id, const std::string& trackingNumber) = 0;
    /// True when the student is a member of any batch of the kind.
    virtual bool contains(domain::BatchKind kind, domain::StudentId student) = 0;
    /// True when that photo version of the student (or the student with no version recorded)
    /// is a member of a batch of the kind.
    virtual bool containsPhoto(domain::BatchKind kind, domain::StudentId student,
                               domain::SubmissionId photo) = 0;
    virtual std::size_t count(domain::BatchKind kind) = 0;
};

} // namespace gp::store
