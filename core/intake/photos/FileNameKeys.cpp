#include "core/intake/photos/FileNameKeys.h"

#include <algorithm>

namespace gp::intake {

namespace {

std::u32string decodeUtf8(std::string_view text) {
    std::u32string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = c < 0x80           ? 1
                             : (c >> 5) == 0x6  ? 2
                             : (c >> 4) == 0xE  ? 3
                             : (c >> 3) == 0x1E ? 4
                                                : 0;
        if (length == 0 || i + length > text.size()) {
            out += U'\uFFFD';
            ++i;
            continue;
        }
        char32_t code = length == 1 ? c : c & (0x7F >> length);
        bool valid = true;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            valid = valid && (next & 0xC0) == 0x80;
            code = code << 6 | (next & 0x3F);
        }
        out += valid ? code : U'\uFFFD';
        i += valid ? length : 1;
    }
    return out;
}

std::string encodeUtf8(std::u32string_view text) {
    std::string out;
    for (char32_t c : text) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// Full-width ASCII (U+FF01..U+FF5E) to ASCII, ideographic and no-break spaces to ' '.
char32_t foldWidth(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
        return c - 0xFEE0;
    }
    return c == 0x3000 || c == 0x00A0 ? U' ' : c;
}

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n';
}
bool isDigit(char32_t c) {
    return c >= U'0' && c <= U'9';
}
bool isAsciiAlnum(char32_t c) {
    return isDigit(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

std::u32string trimmed(std::u32string_view text) {
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && isSpace(text[begin])) {
        ++begin;
    }
    while (end > begin && isSpace(text[end - 1])) {
        --end;
    }
    return std::u32string(text.substr(begin, end - begin));
}

// ID numbers end in X; people type x.
std::u32string upperTrailingX(std::u32string key) {
    if (!key.empty() && key.back() == U'x') {
        key.back() = U'X';
    }
    return key;
}

// "2021001_1", "2021001-2", "2021001(1)", "2021001 (2)" -> "2021001"; otherwise unchanged.
// The retake number has one or two digits, so "张三_2021001" keeps its number.
std::u32string withoutRetakeSuffix(const std::u32string& stem) {
    std::size_t end = stem.size();
    bool parenthesised = false;
    if (end > 0 && stem[end - 1] == U')') {
        parenthesised = true;
        --end;
        while (end > 0 && isSpace(stem[end - 1])) {
            --end;
        }
    }
    std::size_t digits = 0;
    while (digits < end && isDigit(stem[end - 1 - digits])) {
        ++digits;
    }
    if (digits == 0 || digits > 2) {
        return stem;
    }
    std::size_t start = end - digits;
    if (parenthesised) {
        while (start > 0 && isSpace(stem[start - 1])) {
            --start;
        }
        if (start == 0 || stem[start - 1] != U'(') {
            return stem;
        }
    } else if (start == 0 || (stem[start - 1] != U'_' && stem[start - 1] != U'-')) {
        return stem;
    }
    return trimmed(std::u32string_view(stem).substr(0, start - 1));
}

} // namespace

std::vector<std::string> candidateKeys(std::string_view fileName) {
    std::u32string name = decodeUtf8(fileName);
    std::transform(name.begin(), name.end(), name.begin(), foldWidth);
    if (const auto slash = name.find_last_of(U"/\\"); slash != std::u32string::npos) {
        name.erase(0, slash + 1);
    }
    if (const auto dot = name.find_last_of(U'.'); dot != std::u32string::npos && dot > 0) {
        name.erase(dot);
    }

    std::vector<std::string> keys;
    auto add = [&keys](std::u32string key) {
        key = upperTrailingX(trimmed(key));
        if (key.empty()) {
            return;
        }
        std::string utf8 = encodeUtf8(key);
        if (std::find(keys.begin(), keys.end(), utf8) == keys.end()) {
            keys.push_back(std::move(utf8));
        }
    };
    const std::u32string stem = trimmed(name);
    add(stem);
    const std::u32string base = withoutRetakeSuffix(stem);
    add(base);
    // Runs of letters and digits, split at _ - spaces, CJK names and anything else.
    std::u32string run;
    for (char32_t c : base) {
        if (isAsciiAlnum(c)) {
            run += c;
        } else {
            add(run);
            run.clear();
        }
    }
    add(run);
    return keys;
}

} // namespace gp::intake
