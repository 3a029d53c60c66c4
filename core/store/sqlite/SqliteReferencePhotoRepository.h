#pragma once

#include "../ReferencePhotoRepository.h"
#include "SqliteDatabase.h"

namespace gp::store {

class SqliteReferencePhotoRepository final : public ReferencePhotoRepository {
public:
    explicit SqliteReferencePhotoRepository(SqliteDatabase& db) : db_(db) {}

    domain::ReferencePhotoId add(domain::ReferencePhoto& photo) override;
    std::vector<domain::ReferencePhoto> of(domain::StudentId student,
                                           domain::ReferenceKind kind) override;
    std::size_t count(domain::ReferenceKind kind) override;

private:
    SqliteDatabase& db_;
};

} // namespace gp::store
