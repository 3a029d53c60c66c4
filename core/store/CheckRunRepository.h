#pragma once

#include "../domain/CheckRun.h"

#include <optional>
#include <string>

namespace gp::store {

class CheckRunRepository {
public:
    virtual ~CheckRunRepository() = default;
    /// Stores the run with its results; earlier runs are kept. Sets the run's id.
    virtual domain::CheckRunId save(domain::CheckRun& run) = 0;
    /// The newest run of the photo version against the profile (whatever its profile or
    /// engine version), with its results.
    virtual std::optional<domain::CheckRun> latestFor(domain::SubmissionId photo,
                                                      const std::string& profileId) = 0;
    virtual std::size_t count() = 0;
};

} // namespace gp::store
