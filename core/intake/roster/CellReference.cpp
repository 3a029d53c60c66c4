#include "CellReference.h"

namespace gp::intake {

std::optional<CellReference> parseCellReference(std::string_view text) {
    std::size_t i = 0;
    auto skipDollar = [&] {
        if (i < text.size() && text[i] == '$') {
            ++i;
        }
    };
    skipDollar();
    std::int64_t column = 0;
    for (; i < text.size() && column <= kSpreadsheetMaxColumns; ++i) {
        char c = text[i];
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        if (c < 'A' || c > 'Z') {
            break;
        }
        column = column * 26 + (c - 'A' + 1);
    }
    skipDollar();
    std::int64_t row = 0;
    const std::size_t digits = i;
    for (; i < text.size() && row <= kSpreadsheetMaxRows; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') {
            break;
        }
        row = row * 10 + (c - '0');
    }
    if (i != text.size() || i == digits || row < 1 || row > kSpreadsheetMaxRows ||
        column > kSpreadsheetMaxColumns) {
        return std::nullopt;
    }
    return CellReference{row - 1, column - 1};
}

} // namespace gp::intake
