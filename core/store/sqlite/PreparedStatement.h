// A statement compiled once and run many times, for the store's hot paths (a 100,000-row
// roster insert): Poco::Data compiles its statements again on every execute, which costs more
// than the insert itself. Same connection, same transaction, errors as Poco exceptions.
#pragma once

#include "SqliteDatabase.h"

#include <cstdint>
#include <string>

struct sqlite3_stmt;

namespace gp::store {

class PreparedStatement {
public:
    PreparedStatement(SqliteDatabase& db, const std::string& sql);
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement&) = delete;
    PreparedStatement& operator=(const PreparedStatement&) = delete;

    /// Parameters are numbered from 1, as in SQL. The text is not copied: it must stay
    /// unchanged until run() or next() has returned.
    PreparedStatement& bind(int index, const std::string& text);
    PreparedStatement& bind(int index, std::int64_t value);
    /// Runs a statement that returns no rows, then resets it for the next run.
    void run();

    /// For queries: steps to the next row; false (and reset) after the last one.
    bool next();
    /// Columns of the current row, numbered from 0; NULL reads as "" / 0.
    std::string text(int column) const;
    std::int64_t integer(int column) const;

private:
    SqliteDatabase& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

} // namespace gp::store
