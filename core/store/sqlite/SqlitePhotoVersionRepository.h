#pragma once

#include "../PhotoVersionRepository.h"
#include "SqliteDatabase.h"

namespace gp::store {

class SqlitePhotoVersionRepository final : public PhotoVersionRepository {
public:
    explicit SqlitePhotoVersionRepository(SqliteDatabase& db) : db_(db) {}

    domain::SubmissionId add(domain::PhotoVersion& photo) override;
    std::optional<domain::PhotoVersion> byId(domain::SubmissionId id) override;
    std::optional<domain::PhotoVersion> latestOf(domain::StudentId student) override;
    std::vector<domain::PhotoVersion> versionsOf(domain::StudentId student) override;
    std::vector<domain::PhotoVersion> bySha256(const std::string& sha256) override;
    std::size_t count() override;
    OriginalsTotals originalsTotals() override;
    bool isReferenced(const std::string& sha256) override;

private:
    std::vector<domain::PhotoVersion> select(const std::string& tail, Poco::Int64 intKey,
                                             const std::string& textKey);
    SqliteDatabase& db_;
};

} // namespace gp::store
