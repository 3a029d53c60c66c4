#pragma once

#include "../StudentRepository.h"
#include "PreparedStatement.h"
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
    /// The insert is compiled once: a 100,000-row roster is one statement run 100,000 times.
    std::unique_ptr<PreparedStatement> insert_;

    std::optional<domain::Student> one(const std::string& where, const std::string& key);
    SqliteDatabase& db_;
};

} // namespace gp::store
