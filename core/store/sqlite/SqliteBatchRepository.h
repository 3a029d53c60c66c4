#pragma once

#include "../BatchRepository.h"
#include "SqliteDatabase.h"

namespace gp::store {

class SqliteBatchRepository final : public BatchRepository {
public:
    explicit SqliteBatchRepository(SqliteDatabase& db) : db_(db) {}

    domain::BatchId create(domain::Batch& batch) override;
    std::optional<domain::Batch> byNumber(const std::string& number) override;
    std::vector<domain::Batch> list(domain::BatchKind kind) override;
    void setTrackingNumber(domain::BatchId id, const std::string& trackingNumber) override;
    bool contains(domain::BatchKind kind, domain::StudentId student) override;
    bool containsPhoto(domain::BatchKind kind, domain::StudentId student,
                       domain::SubmissionId photo) override;
    std::size_t count(domain::BatchKind kind) override;

private:
    std::vector<domain::Batch> select(const std::string& where, const std::string& key);
    SqliteDatabase& db_;
};

} // namespace gp::store
