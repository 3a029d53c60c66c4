// The review list as the reviewer sees it: every student's row, the filter (center, status,
// automatic verdict, reason, duplicates only, search over 学号 / 姓名 / 考生号 / ID number),
// the count it shows, and next / previous in it. Rows decided while the filter is on stay in
// view until the filter changes, so "next" after a decision is the row below, not a jump.
#pragma once

#include "ReviewRows.h"

#include <optional>
#include <string>
#include <vector>

namespace gp::review {

struct ListFilter {
    std::optional<domain::CenterId> center;
    std::optional<domain::StudentStatus> status;
    /// pass, review, fail, error; "unchecked" for no check run; "" for any.
    std::string verdict;
    std::string reason; ///< a reason code; "" for any
    std::string search; ///< part of a 学号, 姓名, 考生号 or ID number; case-insensitive
    /// Only students the duplicate search flagged (their photo or face is another's too).
    bool duplicatesOnly = false;
};

class StudentList {
public:
    explicit StudentList(std::vector<ReviewRow> rows = {});

    /// Replaces every row (e.g. after an import); keeps the filter.
    void reset(std::vector<ReviewRow> rows);
    void setFilter(ListFilter filter);
    const ListFilter& filter() const { return filter_; }

    std::size_t total() const { return rows_.size(); }
    /// Rows the filter shows.
    std::size_t count() const { return visible_.size(); }
    const ReviewRow& at(std::size_t position) const { return rows_[visible_[position]]; }
    std::optional<std::size_t> positionOf(domain::StudentId id) const;
    std::optional<std::size_t> next(std::size_t position) const;
    std::optional<std::size_t> previous(std::size_t position) const;
    /// The students the filter shows, in order.
    std::vector<domain::StudentId> visibleIds() const;
    const std::vector<ReviewRow>& allRows() const { return rows_; }

    /// Puts a re-read row in place; it stays where it is in view.
    void update(const ReviewRow& row);

    bool matches(const ReviewRow& row) const;

private:
    std::vector<ReviewRow> rows_;
    std::vector<std::size_t> visible_;
    ListFilter filter_;
    std::string searchFolded_;
};

/// The ID number as lists show it: 6101**********123X.
std::string listedIdNumber(const ReviewRow& row);

/// The duplicate column: the other student's 学号, "+N" when there are N more; "" if none.
std::string listedDuplicate(const ReviewRow& row);

} // namespace gp::review
