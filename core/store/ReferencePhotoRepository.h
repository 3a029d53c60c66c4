#pragma once

#include "../domain/ReferencePhoto.h"

#include <optional>
#include <vector>

namespace gp::store {

class ReferencePhotoRepository {
public:
    virtual ~ReferencePhotoRepository() = default;
    virtual domain::ReferencePhotoId add(domain::ReferencePhoto& photo) = 0;
    /// The student's reference photos of that kind, newest first.
    virtual std::vector<domain::ReferencePhoto> of(domain::StudentId student,
                                                   domain::ReferenceKind kind) = 0;
    virtual std::size_t count(domain::ReferenceKind kind) = 0;
};

} // namespace gp::store
