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

namespace {

/// Full-width digits and Ｘ folded to ASCII, so that ６１０１… is masked like 6101….
std::string foldFullWidthDigits(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c0 = static_cast<unsigned char>(text[i]);
        if (c0 == 0xEF && i + 2 < text.size()) {
            const auto c1 = static_cast<unsigned char>(text[i + 1]);
            const auto c2 = static_cast<unsigned char>(text[i + 2]);
            if (c1 == 0xBC && c2 >= 0x90 && c2 <= 0x99) { // U+FF10..U+FF19
                out += static_cast<char>('0' + (c2 - 0x90));
                i += 2;
                continue;
            }
            if (c1 == 0xBC && c2 == 0xB8) { // U+FF38 Ｘ
                out += 'X';
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace

std::string maskSensitive(std::string_view input) {
    const std::string text = foldFullWidthDigits(input);
    // Standing alone means no digit glued to either side (letters may be: "sfz6101...",
    // "photo6101....jpg"). Mobile numbers may carry +86 and be grouped 3-4-4 by spaces or dashes.
    static const std::regex pattern(
        R"((^|[^0-9])((?:\+?86[ -]?)?1[3-9][0-9](?:[0-9]{8}|[ -][0-9]{4}[ -][0-9]{4})|[0-9]{17}[0-9Xx]|[0-9]{15})(?=$|[^0-9]))");
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern);
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        const auto pos = static_cast<std::size_t>(m.position(2));
        const auto len = static_cast<std::size_t>(m.length(2));
        out.append(text, copied, pos - copied);
        const std::string number = m.str(2);
        const bool mobile = number.find_first_of("+ -") != std::string::npos ||
                            (number.size() != 15 && number.size() != 18);
        out += mobile ? maskPhone(number) : maskIdNumber(number);
        copied = pos + len;
    }
    out.append(text, copied, std::string::npos);
    return out;
}

} // namespace gp
