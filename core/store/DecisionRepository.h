#pragma once

#include "../domain/Decision.h"

#include <optional>
#include <vector>

namespace gp::store {

/// The append-only decision log. There is no way to change or remove an entry.
class DecisionRepository {
public:
    virtual ~DecisionRepository() = default;
    virtual domain::DecisionId append(domain::Decision& decision) = 0;
    virtual std::optional<domain::Decision> byId(domain::DecisionId id) = 0;
    /// The student's decisions, oldest first.
    virtual std::vector<domain::Decision> historyOf(domain::StudentId student) = 0;
    virtual std::size_t count() = 0;
};

} // namespace gp::store
