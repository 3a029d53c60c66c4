#include "RosterSheet.h"

#include "../common/UserError.h"
#include "TextNormalization.h"

#include <algorithm>
#include <thread>

namespace gp::intake {
namespace {

constexpr int kHeaderSearchRows = 30;

struct HeaderGuess {
    int row = -1; ///< 0-based
    int mapped = 0;
    bool hasKeys = false;
};

HeaderGuess findHeader(const SheetTable& sheet, const RosterColumns& columns) {
    HeaderGuess best;
    const int fixed = columns.headerRow();
    const int first = fixed > 0 ? fixed - 1 : 0;
    const int last =
        fixed > 0 ? fixed : std::min<int>(kHeaderSearchRows, static_cast<int>(sheet.rows.size()));
    for (int r = first; r < last && r < static_cast<int>(sheet.rows.size()); ++r) {
        int mapped = 0;
        bool no = false, name = false;
        for (const auto& cell : sheet.rows[static_cast<std::size_t>(r)]) {
            if (cell.kind != SheetCell::Kind::Text) {
                continue;
            }
            if (const auto f = columns.fieldOf(cell.text)) {
                ++mapped;
                no = no || *f == RosterField::StudentNo;
                name = name || *f == RosterField::Name;
            }
        }
        const bool keys = no && name;
        if ((keys && !best.hasKeys) || (keys == best.hasKeys && mapped > best.mapped)) {
            best = {r, mapped, keys};
        }
    }
    return best;
}

std::string describeRow(const std::vector<SheetCell>& row) {
    std::string out;
    for (const auto& c : row) {
        if (!c.text.empty()) {
            out += (out.empty() ? "" : " | ") + c.text;
        }
        if (out.size() > 120) {
            break;
        }
    }
    return out;
}

RosterSheet build(SheetTable& sheet, const RosterColumns& columns, int headerRow) {
    RosterSheet out;
    out.sheetName = sheet.name;
    out.headerRow = headerRow + 1;
    const auto& header = sheet.rows[static_cast<std::size_t>(headerRow)];
    std::array<bool, kRosterFieldCount> taken{};
    for (std::size_t c = 0; c < header.size(); ++c) {
        const auto text = normalizeCell(header[c].text);
        if (text.empty() || columns.ignored(text)) {
            continue; // nothing is read from an ignored column, not even as an extra
        }
        RosterColumn column{c, text, columns.fieldOf(text)};
        if (column.field) {
            auto& slot = taken[static_cast<std::size_t>(*column.field)];
            if (slot) {
                out.duplicateColumns.push_back(text);
                column.field.reset();
            }
            slot = true;
        }
        out.columns.push_back(std::move(column));
    }
    // Rows are independent: the two halves of a large sheet are read on two threads.
    auto readRows = [&](std::size_t from, std::size_t to, std::vector<RosterRow>& rows) {
        for (std::size_t r = from; r < to; ++r) {
            auto& cells = sheet.rows[r];
            RosterRow row;
            row.fileRow = static_cast<int>(r) + 1;
            bool any = false;
            for (const auto& column : out.columns) {
                if (column.index >= cells.size()) {
                    continue;
                }
                SheetCell cell = std::move(cells[column.index]);
                if (cell.kind == SheetCell::Kind::Text) {
                    cell.text = normalizeCell(cell.text);
                    if (cell.text.empty()) {
                        cell.kind = SheetCell::Kind::Empty;
                    }
                }
                if (cell.kind == SheetCell::Kind::Empty) {
                    continue;
                }
                any = true;
                if (column.field) {
                    row.fields[static_cast<std::size_t>(*column.field)] = std::move(cell);
                } else {
                    row.extra.emplace_back(column.header, std::move(cell.text));
                }
            }
            if (any) {
                rows.push_back(std::move(row));
            }
        }
    };
    const auto first = static_cast<std::size_t>(headerRow) + 1;
    const auto end = sheet.rows.size();
    const auto middle = first + (end > first ? (end - first) / 2 : 0);
    if (end - first >= 2000) {
        std::vector<RosterRow> secondHalf;
        std::thread other(readRows, middle, end, std::ref(secondHalf));
        readRows(first, middle, out.rows);
        other.join();
        out.rows.insert(out.rows.end(), std::make_move_iterator(secondHalf.begin()),
                        std::make_move_iterator(secondHalf.end()));
    } else {
        readRows(first, end, out.rows);
    }
    return out;
}

} // namespace

bool RosterSheet::has(RosterField f) const {
    return std::any_of(columns.begin(), columns.end(),
                       [f](const auto& c) { return c.field && *c.field == f; });
}

RosterSheet readRosterSheet(Workbook workbook, const RosterColumns& columns,
                            const std::string& sheetName) {
    std::vector<SheetTable*> candidates;
    std::string names;
    for (auto& sheet : workbook.sheets) {
        names += (names.empty() ? "" : ", ") + sheet.name;
        if (sheetName.empty() || sheet.name == sheetName) {
            candidates.push_back(&sheet);
        }
    }
    if (!sheetName.empty() && candidates.empty()) {
        throw UserError("The file has no sheet named \"" + sheetName + "\".",
                        "Its sheets are: " + names + ".");
    }
    std::string seen;
    for (auto* sheet : candidates) {
        const auto guess = findHeader(*sheet, columns);
        if (guess.row >= 0 && guess.hasKeys) {
            return build(*sheet, columns, guess.row);
        }
        if (guess.row >= 0 && seen.empty()) {
            seen = "In sheet \"" + sheet->name + "\" row " + std::to_string(guess.row + 1) +
                   " reads: " + describeRow(sheet->rows[static_cast<std::size_t>(guess.row)]);
        }
    }
    throw UserError("No header row naming both " + columns.label(RosterField::StudentNo) + " and " +
                        columns.label(RosterField::Name) + " was found in the first " +
                        std::to_string(kHeaderSearchRows) + " rows" +
                        (sheetName.empty() ? " of any sheet" : "") + "." +
                        (seen.empty() ? "" : " " + seen),
                    "Check that this is the roster, or name its columns with --mapping "
                    "(a JSON file: {\"columns\": {\"your header\": \"student_no\", ...}}).");
}

} // namespace gp::intake
