#pragma once

#include "../domain/Center.h"

#include <optional>
#include <string>
#include <vector>

namespace gp::store {

class CenterRepository {
public:
    virtual ~CenterRepository() = default;
    /// Stores a new center and sets its id. A name already used is an error.
    virtual domain::CenterId add(domain::Center& center) = 0;
    virtual void update(const domain::Center& center) = 0;
    virtual std::optional<domain::Center> byId(domain::CenterId id) = 0;
    virtual std::optional<domain::Center> byName(const std::string& name) = 0;
    /// All centers, by name.
    virtual std::vector<domain::Center> all() = 0;
    virtual std::size_t count() = 0;
};

} // namespace gp::store
