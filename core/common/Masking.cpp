#include "Masking.h"

#include <regex>

namespace gp {
namespace {

std::string keepEnds(std::string_view value, std::size_t head, std::size_t tail) {
    if (value.size() <= head + tail) {
        return std::string(value.size(), '*');
    }
    std::string out(value.substr(0, head));
    out.append(value.size() - head - tail, '*');
    out.append(value.substr(value.size() - tail));
    return out;
}

} // namespace

std::string maskIdNumber(std::string_view id) {
    return keepEnds(id, 4, 4);
}

std::string maskPhone(std::string_view phone) {
    if (phone.size() < 8) {
        return std::string(phone.size(), '*');
    }
    return keepEnds(phone, 3, 4);
}

std::string maskSensitive(std::string_view text) {
    // An 18-character ID (17 digits and a digit or X), a 15-digit ID, or an 11-digit mobile
    // number starting 13-19, standing alone (no digit or letter glued to either side).
    static const std::regex pattern(
        R"((^|[^0-9A-Za-z])([0-9]{17}[0-9Xx]|[0-9]{15}|1[3-9][0-9]{9})(?=$|[^0-9A-Za-z]))");
    std::string out;
    out.reserve(text.size());
    auto begin = std::cregex_iterator(text.data(), text.data() + text.size(), pattern);
    std::size_t copied = 0;
    for (auto it = begin; it != std::cregex_iterator(); ++it) {
        const auto& m = *it;
        const auto numberPos = static_cast<std::size_t>(m.position(2));
        const auto numberLen = static_cast<std::size_t>(m.length(2));
        out.append(text.substr(copied, numberPos - copied));
        const auto number = text.substr(numberPos, numberLen);
        out += numberLen == 11 ? maskPhone(number) : maskIdNumber(number);
        copied = numberPos + numberLen;
    }
    out.append(text.substr(copied));
    return out;
}

} // namespace gp
