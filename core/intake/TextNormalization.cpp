#include "TextNormalization.h"

namespace gp::intake {
namespace {

/// Decodes one UTF-8 sequence at s[i]; returns its length, 0 if invalid.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) {
        return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    };
    auto bits = [&](std::size_t k) {
        return static_cast<char32_t>(s[i + k] & 0x3F);
    };
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0 && cont(1)) {
        cp = (static_cast<char32_t>(c & 0x1F) << 6) | bits(1);
        return 2;
    }
    if ((c & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        cp = (static_cast<char32_t>(c & 0x0F) << 12) | (bits(1) << 6) | bits(2);
        return 3;
    }
    if ((c & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        cp = (static_cast<char32_t>(c & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3);
        return 4;
    }
    return 0;
}

} // namespace

std::string normalizeCell(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = 0;
        const auto n = decode(s, i, cp);
        if (n == 0) {
            out += s[i++];
            continue;
        }
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            out += static_cast<char>(cp - 0xFF01 + 0x21);
        } else if (cp == 0x3000 || cp == 0xA0) {
            out += ' ';
        } else if (cp == 0x200B || cp == 0xFEFF) {
            // zero-width: dropped
        } else {
            out.append(s.substr(i, n));
        }
        i += n;
    }
    // Trim (after folding, every blank we keep is ASCII).
    const auto first = out.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = out.find_last_not_of(" \t\r\n");
    return out.substr(first, last - first + 1);
}

bool allDigits(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    for (char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

bool looksScientific(std::string_view s) {
    // [+-]digits[.digits](e|E)[+-]digits, checked per character: this runs on every key cell
    // of a 100,000-row roster, where std::regex costs more than the rest of the row.
    std::size_t i = 0;
    auto digits = [&] {
        const auto start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            ++i;
        }
        return i > start;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        ++i;
    }
    if (!digits()) {
        return false;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits()) {
            return false;
        }
    }
    if (i >= s.size() || (s[i] != 'e' && s[i] != 'E')) {
        return false;
    }
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        ++i;
    }
    return digits() && i == s.size();
}

} // namespace gp::intake
