// Personal numbers never appear in full in logs or lists: ID numbers keep their first and last
// four characters (6101**********123X), mobile numbers their first three and last four.
#pragma once

#include <string>
#include <string_view>

namespace gp {

/// Masks one ID or passport number; values of 8 characters or fewer become all stars.
std::string maskIdNumber(std::string_view id);
/// Masks one phone number, keeping the first three and last four digits.
std::string maskPhone(std::string_view phone);
/// Masks every mainland ID number (15 or 18 characters) and mobile number in free text.
std::string maskSensitive(std::string_view text);

} // namespace gp
