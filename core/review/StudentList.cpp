#include "StudentList.h"

#include "core/common/Masking.h"

#include <algorithm>
#include <cctype>

namespace gp::review {

namespace {

/// ASCII letters folded to lower case (an ID's X, a 学号's letters); Chinese is left as is.
std::string fold(std::string s) {
    for (auto& c : s) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return s;
}

bool containsFolded(const std::string& haystack, const std::string& needle) {
    if (needle.size() > haystack.size()) {
        return false;
    }
    const auto it = std::search(
        haystack.begin(), haystack.end(), needle.begin(), needle.end(), [](char a, char b) {
            return static_cast<char>(std::tolower(static_cast<unsigned char>(a))) == b;
        });
    return it != haystack.end();
}

} // namespace

StudentList::StudentList(std::vector<ReviewRow> rows) {
    reset(std::move(rows));
}

void StudentList::reset(std::vector<ReviewRow> rows) {
    rows_ = std::move(rows);
    setFilter(filter_);
}

void StudentList::setFilter(ListFilter filter) {
    filter_ = std::move(filter);
    searchFolded_ = fold(filter_.search);
    // Leading and trailing spaces from a paste are not part of what was searched for.
    const auto first = searchFolded_.find_first_not_of(" \t");
    const auto last = searchFolded_.find_last_not_of(" \t");
    searchFolded_ =
        first == std::string::npos ? std::string() : searchFolded_.substr(first, last - first + 1);
    visible_.clear();
    visible_.reserve(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (matches(rows_[i])) {
            visible_.push_back(i);
        }
    }
}

bool StudentList::matches(const ReviewRow& row) const {
    if (filter_.center && row.centerId != *filter_.center) {
        return false;
    }
    if (filter_.status && row.status != *filter_.status) {
        return false;
    }
    if (!filter_.verdict.empty()) {
        const std::string verdict = row.verdict.empty() ? "unchecked" : row.verdict;
        if (verdict != filter_.verdict) {
            return false;
        }
    }
    if (filter_.duplicatesOnly && !row.duplicate) {
        return false;
    }
    if (!row.hasReason(filter_.reason)) {
        return false;
    }
    if (!searchFolded_.empty()) {
        return containsFolded(row.studentNo, searchFolded_) ||
               containsFolded(row.name, searchFolded_) ||
               containsFolded(row.examNo, searchFolded_) ||
               containsFolded(row.idNumber, searchFolded_);
    }
    return true;
}

std::optional<std::size_t> StudentList::positionOf(domain::StudentId id) const {
    for (std::size_t p = 0; p < visible_.size(); ++p) {
        if (rows_[visible_[p]].id == id) {
            return p;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> StudentList::next(std::size_t position) const {
    if (position + 1 < visible_.size()) {
        return position + 1;
    }
    return std::nullopt;
}

std::optional<std::size_t> StudentList::previous(std::size_t position) const {
    if (position > 0 && position <= visible_.size()) {
        return position - 1;
    }
    return std::nullopt;
}

std::vector<domain::StudentId> StudentList::visibleIds() const {
    std::vector<domain::StudentId> ids;
    ids.reserve(visible_.size());
    for (auto i : visible_) {
        ids.push_back(rows_[i].id);
    }
    return ids;
}

void StudentList::update(const ReviewRow& row) {
    // Rows are sorted by 学号: find it by binary search.
    auto it = std::lower_bound(
        rows_.begin(), rows_.end(), row.studentNo,
        [](const ReviewRow& r, const std::string& no) { return r.studentNo < no; });
    if (it != rows_.end() && it->id == row.id) {
        *it = row;
        return;
    }
    for (auto& r : rows_) { // not sorted after all (a caller's own rows)
        if (r.id == row.id) {
            r = row;
            return;
        }
    }
}

std::string listedIdNumber(const ReviewRow& row) {
    return maskIdNumber(row.idNumber);
}

std::string listedDuplicate(const ReviewRow& row) {
    if (!row.duplicate) {
        return {};
    }
    auto text = row.duplicateOf;
    if (row.duplicateCount > 1) {
        text += " +" + std::to_string(row.duplicateCount - 1);
    }
    return text;
}

} // namespace gp::review
