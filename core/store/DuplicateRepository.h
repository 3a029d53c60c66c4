// The duplicate flags of the last duplicate search, replaced as a whole by each search.
#pragma once

#include "../domain/DuplicateFlag.h"

#include <set>
#include <vector>

namespace gp::store {

class DuplicateRepository {
public:
    virtual ~DuplicateRepository() = default;
    /// Replaces every stored flag with these; call inside a write transaction.
    virtual void replaceAll(const std::vector<domain::DuplicateFlag>& flags) = 0;
    /// The flags of one student, with the other student's 学号, by kind then other 学号.
    virtual std::vector<domain::DuplicateFlag> of(domain::StudentId student) = 0;
    /// The students that carry at least one flag.
    virtual std::set<domain::StudentId> flaggedStudents() = 0;
    virtual std::size_t count() = 0;
};

} // namespace gp::store
