#pragma once

#include "../domain/Student.h"
#include "../domain/StudentHistory.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gp::store {

struct StudentFilter {
    std::optional<domain::CenterId> centerId;
    std::optional<domain::StudentStatus> status;
    bool includeWithdrawn = false;
};

class StudentRepository {
public:
    virtual ~StudentRepository() = default;
    /// Stores a new student and sets its id. A 学号 or ID number already used is an error.
    virtual domain::StudentId add(domain::Student& student) = 0;
    /// Writes every field of the student; students are never deleted (see withdrawn).
    virtual void update(const domain::Student& student) = 0;
    virtual std::optional<domain::Student> byId(domain::StudentId id) = 0;
    virtual std::optional<domain::Student> byStudentNo(const std::string& studentNo) = 0;
    virtual std::optional<domain::Student> byIdNumber(const std::string& idNumber) = 0;
    /// Students matching the filter, by 学号.
    virtual std::vector<domain::Student> list(const StudentFilter& filter) = 0;
    virtual std::size_t count(bool includeWithdrawn) = 0;
    /// Students on the roster (not withdrawn) per status.
    virtual std::map<domain::StudentStatus, std::size_t> countByStatus() = 0;
    virtual void setStatus(domain::StudentId id, domain::StudentStatus status) = 0;
    /// Appends to the student history (append-only).
    virtual void appendHistory(const domain::StudentHistoryEntry& entry) = 0;
    /// The student's recorded changes, oldest first.
    virtual std::vector<domain::StudentHistoryEntry> historyOf(domain::StudentId id) = 0;
};

} // namespace gp::store
