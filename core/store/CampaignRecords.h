// Bulk reads for reports over the whole roster: what every student's latest photo is, what the
// checks and the face comparison said of it, and the decision log, each in one query rather
// than a few per student (the status workbook for 100,000 students must take seconds).
#pragma once

#include "../domain/CheckRun.h"
#include "../domain/Decision.h"
#include "../domain/FaceRecords.h"
#include "../domain/PhotoVersion.h"
#include "../domain/ReferencePhoto.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace gp::store {

class CampaignRecords {
public:
    virtual ~CampaignRecords() = default;
    /// The latest photo version of every student who has one, by student.
    virtual std::unordered_map<domain::StudentId, domain::PhotoVersion> latestPhotos() = 0;
    /// The newest check run against the profile of every latest photo version, by photo
    /// version. Only the failing results are loaded (in check order), which is what reports
    /// tell people.
    virtual std::unordered_map<domain::SubmissionId, domain::CheckRun>
    latestRunsOfLatestPhotos(const std::string& profileId) = 0;
    /// The whole decision log, by student, oldest first, with reasons.
    virtual std::unordered_map<domain::StudentId, std::vector<domain::Decision>>
    decisionsByStudent() = 0;
    /// The face comparisons of every latest photo version, by photo version.
    virtual std::unordered_map<domain::SubmissionId, std::vector<domain::FaceComparison>>
    comparisonsOfLatestPhotos() = 0;
    /// The newest reference photo of the kind of every student who has one, by student.
    virtual std::unordered_map<domain::StudentId, domain::ReferencePhotoId>
    newestReferences(domain::ReferenceKind kind) = 0;
};

} // namespace gp::store
