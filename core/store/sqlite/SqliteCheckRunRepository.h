#pragma once

#include "../CheckRunRepository.h"
#include "SqliteDatabase.h"

namespace gp::store {

class SqliteCheckRunRepository final : public CheckRunRepository {
public:
    explicit SqliteCheckRunRepository(SqliteDatabase& db) : db_(db) {}

    domain::CheckRunId save(domain::CheckRun& run) override;
    std::optional<domain::CheckRun> latestFor(domain::SubmissionId photo,
                                              const std::string& profileId) override;
    std::size_t count() override;

private:
    SqliteDatabase& db_;
};

} // namespace gp::store
