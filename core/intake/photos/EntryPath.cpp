#include "core/intake/photos/EntryPath.h"

#include <cerrno>
#include <iconv.h>
#include <vector>

namespace gp::intake::detail {

namespace {

std::vector<std::string_view> components(std::string_view path) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/' || path[i] == '\\') {
            parts.push_back(path.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
        };
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

std::optional<std::string> fromGb18030(std::string_view raw) {
    iconv_t cd = ::iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        return std::nullopt;
    }
    std::string in(raw);
    std::string out(raw.size() * 4 + 4, '\0');
    char* inPtr = in.data();
    std::size_t inLeft = in.size();
    char* outPtr = out.data();
    std::size_t outLeft = out.size();
    const std::size_t rc = ::iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    ::iconv_close(cd);
    if (rc == static_cast<std::size_t>(-1) || inLeft != 0) {
        return std::nullopt;
    }
    out.resize(out.size() - outLeft);
    return out;
}

std::string replacingInvalid(std::string_view raw) {
    std::string out;
    for (char c : raw) {
        if (static_cast<unsigned char>(c) < 0x80) {
            out += c;
        } else {
            out += "\xEF\xBF\xBD"; // U+FFFD
        }
    }
    return out;
}

} // namespace

bool isValidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        char32_t code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            code = code << 6 | (next & 0x3F);
        }
        if ((length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) ||
            (length == 4 && (code < 0x10000 || code > 0x10FFFF))) {
            return false; // overlong or surrogate or out of range
        }
        i += length;
    }
    return true;
}

std::string nameToUtf8(std::string_view raw) {
    if (isValidUtf8(raw)) {
        return std::string(raw);
    }
    if (auto converted = fromGb18030(raw)) {
        return *converted;
    }
    return replacingInvalid(raw);
}

std::optional<std::string> unsafePathReason(std::string_view name) {
    if (name.empty()) {
        return "the entry has no name";
    }
    for (char c : name) {
        if (static_cast<unsigned char>(c) < 0x20) {
            return "the name holds control characters";
        }
    }
    if (name.front() == '/' || name.front() == '\\') {
        return "the name is an absolute path";
    }
    if (name.size() >= 2 && name[1] == ':' &&
        ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z'))) {
        return "the name starts with a drive letter";
    }
    for (std::string_view part : components(name)) {
        if (part == "..") {
            return "the name points outside the archive (\"..\")";
        }
    }
    return std::nullopt;
}

std::string normalisedPath(std::string_view name) {
    std::string out;
    for (std::string_view part : components(name)) {
        if (part.empty() || part == ".") {
            continue;
        }
        if (!out.empty()) {
            out += '/';
        }
        out += part;
    }
    return out;
}

bool isSkipped(std::string_view path) {
    const auto parts = components(path);
    for (std::string_view part : parts) {
        if ((!part.empty() && part.front() == '.') || part == "__MACOSX") {
            return true;
        }
    }
    return !parts.empty() && equalsIgnoringCase(parts.back(), "Thumbs.db");
}

} // namespace gp::intake::detail
