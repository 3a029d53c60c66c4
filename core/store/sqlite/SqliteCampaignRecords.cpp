#include "SqliteCampaignRecords.h"

#include "Rows.h"

#include <Poco/Data/Binding.h>

namespace gp::store {

using Poco::Data::Keywords::bind;

namespace {

/// The id of every student's latest photo version.
constexpr const char* kLatestPhotoIds =
    "SELECT p.id FROM photo_versions p JOIN (SELECT student_id, MAX(version) AS version "
    "FROM photo_versions GROUP BY student_id) m "
    "ON m.student_id = p.student_id AND m.version = p.version";

} // namespace

std::unordered_map<domain::StudentId, domain::PhotoVersion> SqliteCampaignRecords::latestPhotos() {
    Poco::Data::Statement st(db_.session());
    st << "SELECT id, student_id, version, sha256, source_name, byte_size, format, width, height, "
          "exif_orientation, imported_at FROM photo_versions WHERE id IN ("
       << kLatestPhotoIds << ")";
    std::unordered_map<domain::StudentId, domain::PhotoVersion> out;
    forEachRow(st, [&](const Row& r) {
        domain::PhotoVersion p;
        p.id = r.integer("id");
        p.studentId = r.integer("student_id");
        p.version = static_cast<int>(r.integer("version"));
        p.sha256 = r.text("sha256");
        p.sourceName = r.text("source_name");
        p.byteSize = static_cast<std::uintmax_t>(r.integer("byte_size"));
        p.image.format = r.text("format");
        p.image.width = static_cast<int>(r.integer("width"));
        p.image.height = static_cast<int>(r.integer("height"));
        p.image.exifOrientation = static_cast<int>(r.integer("exif_orientation"));
        p.importedAt = r.text("imported_at");
        out.emplace(p.studentId, std::move(p));
    });
    return out;
}

std::unordered_map<domain::SubmissionId, domain::CheckRun>
SqliteCampaignRecords::latestRunsOfLatestPhotos(const std::string& profileId) {
    const std::string latestRuns =
        std::string(
            "SELECT MAX(id) FROM check_runs WHERE profile_id = ? AND photo_version_id IN (") +
        kLatestPhotoIds + ") GROUP BY photo_version_id";
    std::unordered_map<domain::SubmissionId, domain::CheckRun> out;
    std::unordered_map<domain::CheckRunId, domain::SubmissionId> photoOfRun;
    {
        Poco::Data::Statement st(db_.session());
        st << "SELECT id, photo_version_id, profile_id, profile_version, engine_version, verdict, "
              "started_at, finished_at FROM check_runs WHERE id IN ("
           << latestRuns << ")",
            bind(profileId);
        forEachRow(st, [&](const Row& r) {
            domain::CheckRun c;
            c.id = r.integer("id");
            c.submissionId = r.integer("photo_version_id");
            c.profileId = r.text("profile_id");
            c.profileVersion = static_cast<int>(r.integer("profile_version"));
            c.engineVersion = r.text("engine_version");
            c.verdict = r.text("verdict");
            c.startedAt = r.text("started_at");
            c.finishedAt = r.text("finished_at");
            photoOfRun[c.id] = c.submissionId;
            out.emplace(c.submissionId, std::move(c));
        });
    }
    Poco::Data::Statement st(db_.session());
    st << "SELECT run_id, check_id, verdict, value_json, limit_text, reason_code FROM "
          "check_results WHERE verdict = 'fail' AND run_id IN ("
       << latestRuns << ") ORDER BY run_id, position",
        bind(profileId);
    forEachRow(st, [&](const Row& r) {
        const auto photo = photoOfRun.find(r.integer("run_id"));
        if (photo != photoOfRun.end()) {
            out[photo->second].results.push_back({r.text("check_id"), r.text("verdict"),
                                                  r.text("value_json"), r.text("limit_text"),
                                                  r.text("reason_code"), ""});
        }
    });
    return out;
}

std::unordered_map<domain::StudentId, std::vector<domain::Decision>>
SqliteCampaignRecords::decisionsByStudent() {
    Poco::Data::Statement st(db_.session());
    st << "SELECT d.id, d.student_id, d.photo_version_id, d.photo_sha256, d.reviewer, "
          "d.decided_at, d.kind, d.note, d.reverses_id, r.reason_code FROM decisions d "
          "LEFT JOIN decision_reasons r ON r.decision_id = d.id ORDER BY d.id, r.position";
    std::unordered_map<domain::StudentId, std::vector<domain::Decision>> out;
    domain::Decision* last = nullptr;
    forEachRow(st, [&](const Row& r) {
        const auto id = r.integer("id");
        if (last == nullptr || last->id != id) {
            domain::Decision d;
            d.id = id;
            d.studentId = r.integer("student_id");
            d.submissionId = r.integer("photo_version_id");
            d.photoSha256 = r.text("photo_sha256");
            d.reviewer = r.text("reviewer");
            d.decidedAt = r.text("decided_at");
            d.kind = domain::decisionKindFromCode(r.text("kind")).value_or(d.kind);
            d.note = r.text("note");
            d.reverses = r.integer("reverses_id");
            auto& list = out[d.studentId];
            list.push_back(std::move(d));
            last = &list.back();
        }
        if (!r.isNull("reason_code")) {
            last->reasonCodes.push_back(r.text("reason_code"));
        }
    });
    return out;
}

std::unordered_map<domain::SubmissionId, std::vector<domain::FaceComparison>>
SqliteCampaignRecords::comparisonsOfLatestPhotos() {
    Poco::Data::Statement st(db_.session());
    st << "SELECT id, photo_version_id, reference_photo_id, model_id, state, distance, "
          "similarity, outcome, computed_at FROM face_comparisons WHERE photo_version_id IN ("
       << kLatestPhotoIds << ") ORDER BY id";
    std::unordered_map<domain::SubmissionId, std::vector<domain::FaceComparison>> out;
    forEachRow(st, [&](const Row& r) {
        domain::FaceComparison c;
        c.id = r.integer("id");
        c.submissionId = r.integer("photo_version_id");
        c.referencePhotoId = r.integer("reference_photo_id");
        c.modelId = r.text("model_id");
        c.state = r.text("state");
        c.distance = r.real("distance");
        c.similarity = r.real("similarity");
        c.outcome = r.text("outcome");
        c.computedAt = r.text("computed_at");
        out[c.submissionId].push_back(std::move(c));
    });
    return out;
}

std::unordered_map<domain::StudentId, domain::ReferencePhotoId>
SqliteCampaignRecords::newestReferences(domain::ReferenceKind kind) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT student_id, MAX(id) AS id FROM reference_photos WHERE kind = ? "
          "GROUP BY student_id",
        bind(std::string(domain::toCode(kind)));
    std::unordered_map<domain::StudentId, domain::ReferencePhotoId> out;
    forEachRow(st, [&](const Row& r) { out[r.integer("student_id")] = r.integer("id"); });
    return out;
}

} // namespace gp::store
