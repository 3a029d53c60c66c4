#include "StudentStatus.h"

#include <array>
#include <utility>

namespace gp::domain {
namespace {

constexpr std::array<std::pair<StudentStatus, std::string_view>, 7> kCodes{{
    {StudentStatus::NotSubmitted, "not_submitted"},
    {StudentStatus::AwaitingCheck, "awaiting_check"},
    {StudentStatus::AwaitingReview, "awaiting_review"},
    {StudentStatus::Approved, "approved"},
    {StudentStatus::Retake, "retake"},
    {StudentStatus::Packed, "packed"},
    {StudentStatus::Mailed, "mailed"},
}};

} // namespace

std::string_view toCode(StudentStatus s) {
    for (const auto& [status, code] : kCodes) {
        if (status == s) {
            return code;
        }
    }
    return "unknown";
}

std::optional<StudentStatus> studentStatusFromCode(std::string_view code) {
    for (const auto& [status, c] : kCodes) {
        if (c == code) {
            return status;
        }
    }
    return std::nullopt;
}

} // namespace gp::domain
