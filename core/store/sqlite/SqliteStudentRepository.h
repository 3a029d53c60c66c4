#pragma once

#include "../StudentRepository.h"
#include "SqliteDatabase.h"

#include <Poco/Data/Statement.h>

#include <memory>

namespace gp::store {

class SqliteStudentRepository final : public StudentRepository {
public:
    explicit SqliteStudentRepository(SqliteDatabase& db) : db_(db) {}

    domain::StudentId add(domain::Student& student) override;
    void update(const domain::Student& student) override;
    std::optional<domain::Student> byId(domain::StudentId id) override;
    std::optional<domain::Student> byStudentNo(const std::string& studentNo) override;
    std::optional<domain::Student> byIdNumber(const std::string& idNumber) override;
    std::vector<domain::Student> list(const StudentFilter& filter) override;
    std::size_t count(bool includeWithdrawn) override;
    std::map<domain::StudentStatus, std::size_t> countByStatus() override;
    void setStatus(domain::StudentId id, domain::StudentStatus status) override;
    void appendHistory(const domain::StudentHistoryEntry& entry) override;
    std::vector<domain::StudentHistoryEntry> historyOf(domain::StudentId id) override;

private:
    /// The insert is prepared once and bound to these fields: a 100,000-row roster is one
    /// statement executed 100,000 times, not 100,000 statements.
    struct PendingInsert {
        domain::Student student;
        Poco::Int64 centerId = 0;
        std::string extraJson;
        std::string status;
        int withdrawn = 0;
    };
    std::unique_ptr<Poco::Data::Statement> insert_;
    PendingInsert pending_;

    std::optional<domain::Student> one(const std::string& where, const std::string& key);
    SqliteDatabase& db_;
};

} // namespace gp::store
