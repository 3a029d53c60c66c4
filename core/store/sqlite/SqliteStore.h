// The SQLite implementation of the workspace store: one connection, one set of repositories.
#pragma once

#include "../WorkspaceStore.h"
#include "SqliteBatchRepository.h"
#include "SqliteCampaignRecords.h"
#include "SqliteCenterRepository.h"
#include "SqliteCheckRunRepository.h"
#include "SqliteDatabase.h"
#include "SqliteDecisionRepository.h"
#include "SqliteDuplicateRepository.h"
#include "SqliteFaceRepository.h"
#include "SqlitePhotoVersionRepository.h"
#include "SqliteReferencePhotoRepository.h"
#include "SqliteSettingsRepository.h"
#include "SqliteStudentRepository.h"

#include <filesystem>

namespace gp::store {

class SqliteStore final : public WorkspaceStore {
public:
    /// Opens the database file; the schema must already be current (see SchemaMigrator).
    explicit SqliteStore(const std::filesystem::path& file);

    CenterRepository& centers() override { return centers_; }
    StudentRepository& students() override { return students_; }
    PhotoVersionRepository& photoVersions() override { return photoVersions_; }
    ReferencePhotoRepository& referencePhotos() override { return referencePhotos_; }
    CheckRunRepository& checkRuns() override { return checkRuns_; }
    FaceRepository& faces() override { return faces_; }
    DuplicateRepository& duplicates() override { return duplicates_; }
    DecisionRepository& decisions() override { return decisions_; }
    BatchRepository& batches() override { return batches_; }
    SettingsRepository& settings() override { return settings_; }
    CampaignRecords& campaignRecords() override { return campaignRecords_; }

    int schemaVersion() override { return db_.userVersion(); }
    void beginWrite() override { db_.beginWrite(); }
    void beginRead() override { db_.beginRead(); }
    void commit() override { db_.commit(); }
    void rollback() override { db_.rollback(); }

    SqliteDatabase& database() { return db_; }

private:
    SqliteDatabase db_;
    SqliteCenterRepository centers_{db_};
    SqliteStudentRepository students_{db_};
    SqlitePhotoVersionRepository photoVersions_{db_};
    SqliteReferencePhotoRepository referencePhotos_{db_};
    SqliteCheckRunRepository checkRuns_{db_};
    SqliteFaceRepository faces_{db_};
    SqliteDuplicateRepository duplicates_{db_};
    SqliteDecisionRepository decisions_{db_};
    SqliteBatchRepository batches_{db_};
    SqliteSettingsRepository settings_{db_};
    SqliteCampaignRecords campaignRecords_{db_};
};

} // namespace gp::store
