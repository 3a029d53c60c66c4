#include "PhotoIntake.h"

#include <array>
#include <utility>

namespace gp::intake {

namespace {

constexpr std::array<std::pair<PhotoKind, std::string_view>, 3> kKinds{{
    {PhotoKind::Submission, "submission"},
    {PhotoKind::Enrollment, "enrollment"},
    {PhotoKind::IdCard, "id-card"},
}};

constexpr std::array<std::pair<MatchKey, std::string_view>, 4> kKeys{{
    {MatchKey::StudentNo, "student-no"},
    {MatchKey::IdNumber, "id-number"},
    {MatchKey::ExamNo, "exam-no"},
    {MatchKey::CollectionCode, "collection-code"},
}};

template <class E, std::size_t N>
std::string_view codeOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [v, code] : table) {
        if (v == value) {
            return code;
        }
    }
    return "unknown";
}

template <class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table,
                         std::string_view code) {
    for (const auto& [v, c] : table) {
        if (c == code) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view toCode(PhotoKind k) {
    return codeOf(kKinds, k);
}
std::optional<PhotoKind> photoKindFromCode(std::string_view code) {
    return valueOf(kKinds, code);
}
std::string_view toCode(MatchKey k) {
    return codeOf(kKeys, k);
}
std::optional<MatchKey> matchKeyFromCode(std::string_view code) {
    return valueOf(kKeys, code);
}

std::size_t PhotoIntakeResult::count(PhotoOutcome outcome) const {
    std::size_t n = 0;
    for (const auto& item : items) {
        n += item.outcome == outcome ? 1 : 0;
    }
    return n;
}

std::size_t PhotoIntakeResult::matched() const {
    return count(PhotoOutcome::NewVersion) + count(PhotoOutcome::Unchanged);
}

std::size_t PhotoIntakeResult::unmatched() const {
    std::size_t n = 0;
    for (const auto& item : items) {
        n += item.problemCode == "no_matching_student" ? 1 : 0;
    }
    return n;
}

std::map<std::string, std::size_t> PhotoIntakeResult::refusedByReason() const {
    std::map<std::string, std::size_t> out;
    for (const auto& item : items) {
        if (item.outcome == PhotoOutcome::Refused) {
            ++out[item.problemCode];
        }
    }
    return out;
}

} // namespace gp::intake
