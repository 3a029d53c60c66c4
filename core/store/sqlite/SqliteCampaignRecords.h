#pragma once

#include "../CampaignRecords.h"
#include "SqliteDatabase.h"

namespace gp::store {

class SqliteCampaignRecords final : public CampaignRecords {
public:
    explicit SqliteCampaignRecords(SqliteDatabase& db) : db_(db) {}

    std::unordered_map<domain::StudentId, domain::PhotoVersion> latestPhotos() override;
    std::unordered_map<domain::SubmissionId, domain::CheckRun>
    latestRunsOfLatestPhotos(const std::string& profileId) override;
    std::unordered_map<domain::StudentId, std::vector<domain::Decision>>
    decisionsByStudent() override;
    std::unordered_map<domain::SubmissionId, std::vector<domain::FaceComparison>>
    comparisonsOfLatestPhotos() override;
    std::unordered_map<domain::StudentId, domain::ReferencePhotoId>
    newestReferences(domain::ReferenceKind kind) override;

private:
    SqliteDatabase& db_;
};

} // namespace gp::store
