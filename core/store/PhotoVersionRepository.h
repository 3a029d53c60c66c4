#pragma once

#include "../domain/PhotoVersion.h"

#include <optional>
#include <string>
#include <vector>

namespace gp::store {

class PhotoVersionRepository {
public:
    virtual ~PhotoVersionRepository() = default;
    /// Appends a version for the student: sets its id and its version number (previous + 1).
    virtual domain::SubmissionId add(domain::PhotoVersion& photo) = 0;
    virtual std::optional<domain::PhotoVersion> byId(domain::SubmissionId id) = 0;
    virtual std::optional<domain::PhotoVersion> latestOf(domain::StudentId student) = 0;
    /// Every version of the student, oldest first.
    virtual std::vector<domain::PhotoVersion> versionsOf(domain::StudentId student) = 0;
    /// Every version, of any student, holding these bytes.
    virtual std::vector<domain::PhotoVersion> bySha256(const std::string& sha256) = 0;
    virtual std::size_t count() = 0;

    /// Distinct original files the workspace refers to (submissions and reference photos) and
    /// their total size, from the records rather than by walking photos/.
    struct OriginalsTotals {
        std::size_t files = 0;
        std::uintmax_t bytes = 0;
    };
    virtual OriginalsTotals originalsTotals() = 0;
    /// True when a photo version or a reference photo refers to these bytes.
    virtual bool isReferenced(const std::string& sha256) = 0;
};

} // namespace gp::store
