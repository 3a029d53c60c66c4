#pragma once

#include "../FaceRepository.h"
#include "SqliteDatabase.h"

namespace gp::store {

class SqliteFaceRepository final : public FaceRepository {
public:
    explicit SqliteFaceRepository(SqliteDatabase& db) : db_(db) {}

    void saveDescriptor(const domain::FaceDescriptor& descriptor) override;
    std::optional<domain::FaceDescriptor> descriptor(const std::string& sha256,
                                                     const std::string& modelId) override;
    std::size_t countDescriptors() override;
    void saveComparison(domain::FaceComparison& comparison) override;
    std::size_t removeNoReference(domain::SubmissionId photo) override;
    std::vector<domain::FaceComparison> comparisonsOf(domain::SubmissionId photo) override;
    std::size_t countComparisons() override;

private:
    SqliteDatabase& db_;
};

} // namespace gp::store
