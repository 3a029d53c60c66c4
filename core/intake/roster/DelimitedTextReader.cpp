// CSV and TXT rosters: the encoding (UTF-8 with or without BOM, else GB18030/GBK, which
// Excel and WPS on Chinese Windows write by default), the separator (comma or tab, from the
// first lines) and RFC 4180 quoting (embedded separators, line breaks and doubled quotes).
// Every non-empty field is a Text cell: a CSV stores text, whatever it looks like.
#include "core/intake/roster/CellText.h"
#include "core/intake/roster/RosterErrors.h"
#include "core/intake/roster/RosterReaders.h"

#include <cerrno>
#include <iconv.h>
#include <optional>

namespace gp::intake::detail {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// Whether `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF).
bool isValidUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (static_cast<std::size_t>(end - p) < length || p[1] < low || p[1] > high) {
            return false;
        }
        for (std::size_t i = 2; i < length; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF) {
                return false;
            }
        }
        p += length;
    }
    return true;
}

/// Whether the bytes can be text: no control characters but tab, line breaks and a DOS
/// end-of-file mark. Pictures, PDFs' binary streams and random data fail this at once.
bool looksLikeText(std::string_view content) {
    for (unsigned char c : content) {
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x1A && c != '\f') {
            return false;
        }
        if (c == 0x7F) {
            return false;
        }
    }
    return true;
}

/// GB18030 (a superset of GBK and GB2312) to UTF-8 with glibc's iconv; nothing when the bytes
/// are not valid GB18030.
std::optional<std::string> gb18030ToUtf8(std::string_view text) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        return std::nullopt;
    }
    std::string out(text.size() * 2 + 16, '\0');
    auto* in = const_cast<char*>(text.data());
    std::size_t inLeft = text.size();
    std::size_t used = 0;
    bool ok = true;
    while (inLeft > 0) {
        char* dst = out.data() + used;
        std::size_t outLeft = out.size() - used;
        std::size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
        used = out.size() - outLeft;
        if (rc != static_cast<std::size_t>(-1)) {
            break;
        }
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        ok = false; // EILSEQ or EINVAL: not GB18030, or cut in the middle of a character
        break;
    }
    iconv_close(cd);
    if (!ok) {
        return std::nullopt;
    }
    out.resize(used);
    return out;
}

/// Tab when the first lines have at least as many tabs as commas outside quotes, else comma.
char detectSeparator(std::string_view text) {
    std::size_t tabs = 0, commas = 0, lines = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size() && lines < 20; ++i) {
        char c = text[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\t') {
                ++tabs;
            } else if (c == ',') {
                ++commas;
            } else if (c == '\n') {
                ++lines;
            }
        }
    }
    return tabs > 0 && tabs >= commas ? '\t' : ',';
}

std::vector<std::vector<SheetCell>> parseDelimited(std::string_view text, char separator) {
    std::vector<std::vector<SheetCell>> rows;
    std::vector<SheetCell> row;
    std::string field;
    bool fieldQuoted = false; // the field began with a quote
    bool inQuotes = false;

    auto endField = [&] {
        SheetCell cell;
        if (!field.empty()) {
            cell.kind = SheetCell::Kind::Text;
            cell.text = std::move(field);
        }
        row.push_back(std::move(cell));
        field.clear();
        fieldQuoted = false;
    };
    auto endRow = [&] {
        endField();
        rows.push_back(std::move(row));
        row = {};
        row.reserve(rows.back().size());
    };

    std::size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    i += 2;
                    continue;
                }
                inQuotes = false;
            } else {
                field.push_back(c);
            }
            ++i;
            continue;
        }
        if (c == separator) {
            endField();
        } else if (c == '\r' || c == '\n') {
            endRow();
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else if (c == '"' && field.empty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
        } else {
            field.push_back(c); // a quote inside an unquoted field is kept as it is
        }
        ++i;
    }
    if (!field.empty() || !row.empty() || fieldQuoted) {
        endRow(); // the last line had no line break
    }
    return rows;
}

} // namespace

Workbook readDelimitedText(std::string_view content, const std::filesystem::path& file) {
    // A DOS end-of-file mark (Ctrl-Z) may close old exports; it is no data.
    while (!content.empty() && content.back() == '\x1A') {
        content.remove_suffix(1);
    }
    if (!looksLikeText(content)) {
        throw unsupportedFormat(file, "it is neither a spreadsheet nor text");
    }

    Workbook book;
    book.format = "csv";
    std::string converted;
    std::string_view text = content;
    if (content.starts_with(kUtf8Bom)) {
        text.remove_prefix(kUtf8Bom.size());
        book.encoding = "utf-8-bom";
        if (!isValidUtf8(text)) {
            throw unsupportedFormat(file, "its text is not valid UTF-8 although it says so");
        }
    } else if (isValidUtf8(text)) {
        book.encoding = "utf-8";
    } else if (auto utf8 = gb18030ToUtf8(text)) {
        converted = std::move(*utf8);
        text = converted;
        book.encoding = "gb18030";
    } else {
        throw unsupportedFormat(file, "its text is neither UTF-8 nor GB18030/GBK");
    }

    SheetTable sheet;
    sheet.name = file.stem().string();
    sheet.rows = parseDelimited(text, detectSeparator(text));
    trimSheet(sheet);
    book.sheets.push_back(std::move(sheet));
    return book;
}

} // namespace gp::intake::detail
