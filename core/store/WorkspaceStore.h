// The workspace's records, behind interfaces: callers never see SQL, so a shared PostgreSQL
// database can take SQLite's place without changing them.
#pragma once

#include "BatchRepository.h"
#include "CampaignRecords.h"
#include "CenterRepository.h"
#include "CheckRunRepository.h"
#include "DecisionRepository.h"
#include "DuplicateRepository.h"
#include "FaceRepository.h"
#include "PhotoVersionRepository.h"
#include "ReferencePhotoRepository.h"
#include "SettingsRepository.h"
#include "StudentRepository.h"

namespace gp::store {

class WorkspaceStore {
public:
    virtual ~WorkspaceStore() = default;

    virtual CenterRepository& centers() = 0;
    virtual StudentRepository& students() = 0;
    virtual PhotoVersionRepository& photoVersions() = 0;
    virtual ReferencePhotoRepository& referencePhotos() = 0;
    virtual CheckRunRepository& checkRuns() = 0;
    virtual FaceRepository& faces() = 0;
    virtual DuplicateRepository& duplicates() = 0;
    virtual DecisionRepository& decisions() = 0;
    virtual BatchRepository& batches() = 0;
    virtual SettingsRepository& settings() = 0;
    virtual CampaignRecords& campaignRecords() = 0;

    virtual int schemaVersion() = 0;

    /// Transactions; use the Transaction guard rather than these.
    virtual void beginWrite() = 0;
    virtual void beginRead() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
};

} // namespace gp::store
