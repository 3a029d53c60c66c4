// Reading query results through Poco::Data's RecordSet, with NULL read as empty / zero.
#pragma once

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace gp::store {

/// Column positions of a result, looked up by name once per query rather than once per cell.
class ColumnIndex {
public:
    explicit ColumnIndex(const Poco::Data::RecordSet& rs);
    std::size_t operator()(const std::string& name) const;

private:
    std::unordered_map<std::string, std::size_t> positions_;
};

class Row {
public:
    Row(const Poco::Data::RecordSet& rs, const ColumnIndex& columns, std::size_t row)
        : rs_(rs), columns_(columns), row_(row) {}

    std::string text(const std::string& column) const;
    std::int64_t integer(const std::string& column) const;
    std::optional<double> real(const std::string& column) const;
    bool isNull(const std::string& column) const;

private:
    const Poco::Data::RecordSet& rs_;
    const ColumnIndex& columns_;
    std::size_t row_;
};

/// Runs the statement and calls f(Row) for each row it returns.
template <class F>
void forEachRow(Poco::Data::Statement& statement, F&& f) {
    statement.execute();
    Poco::Data::RecordSet rs(statement);
    const ColumnIndex columns(rs);
    for (std::size_t r = 0; r < rs.rowCount(); ++r) {
        f(Row(rs, columns, r));
    }
}

/// Runs a statement that returns a single integer (COUNT(*), MAX(...)); NULL reads as 0.
std::int64_t queryInteger(Poco::Data::Session& session, const std::string& sql);

} // namespace gp::store
