// The inline strings orcus drops, read with orcus's own zip reader (the central directory, as
// orcus read the package) and its SAX parser (string views into the inflated part, entities
// decoded): xl/workbook.xml names the sheets and their relationship ids,
// xl/_rels/workbook.xml.rels maps the ids to worksheet parts, and each worksheet part that
// contains "inlineStr" at all is parsed for <c t="inlineStr"><is>...</is></c>.
#include "core/intake/roster/XlsxInlineStrings.h"

#include "core/intake/roster/CellReference.h"
#include "core/intake/roster/RosterErrors.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <new>
#include <optional>
#include <orcus/sax_parser.hpp>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>
#include <string>
#include <utility>
#include <vector>

namespace gp::intake::detail {
namespace {

constexpr std::int64_t kMaxColumns = kSpreadsheetMaxColumns;

/// The <sheet name="..." r:id="..."> elements of xl/workbook.xml, in order.
class WorkbookSheets final : public orcus::sax_handler {
public:
    struct Sheet {
        std::string name;
        std::string relationshipId;
    };
    std::vector<Sheet> sheets;

    void attribute(const orcus::sax::parser_attribute& attr) {
        if (attr.ns.empty() && attr.name == "name") {
            name_ = attr.value;
        } else if (!attr.ns.empty() && attr.name == "id") { // r:id, whatever the prefix
            id_ = attr.value;
        }
    }
    void start_element(const orcus::sax::parser_element& elem) {
        if (elem.name == "sheet" && !id_.empty()) {
            sheets.push_back({std::move(name_), std::move(id_)});
        }
        name_.clear();
        id_.clear();
    }

private:
    std::string name_, id_;
};

/// The <Relationship Id="..." Target="..."> elements of a .rels part.
class Relationships final : public orcus::sax_handler {
public:
    std::vector<std::pair<std::string, std::string>> targets; ///< id, target

    void attribute(const orcus::sax::parser_attribute& attr) {
        if (attr.name == "Id") {
            id_ = attr.value;
        } else if (attr.name == "Target") {
            target_ = attr.value;
        } else if (attr.name == "TargetMode") {
            external_ = attr.value == "External";
        }
    }
    void start_element(const orcus::sax::parser_element& elem) {
        if (elem.name == "Relationship" && !external_ && !id_.empty()) {
            targets.emplace_back(std::move(id_), std::move(target_));
        }
        id_.clear();
        target_.clear();
        external_ = false;
    }

    const std::string* find(std::string_view id) const {
        auto it = std::find_if(targets.begin(), targets.end(),
                               [&](const auto& entry) { return entry.first == id; });
        return it == targets.end() ? nullptr : &it->second;
    }

private:
    std::string id_, target_;
    bool external_ = false;
};

/// The zip entry name of a relationship target of xl/workbook.xml: relative to xl/, or
/// absolute from the package root with a leading '/'; "." and ".." segments resolved.
std::string partName(std::string_view target) {
    std::string joined =
        target.starts_with('/') ? std::string(target.substr(1)) : "xl/" + std::string(target);
    std::vector<std::string_view> segments;
    std::string_view rest = joined;
    while (!rest.empty()) {
        auto slash = rest.find('/');
        auto segment = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
        if (segment == "..") {
            if (!segments.empty()) {
                segments.pop_back();
            }
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
    }
    std::string name;
    for (auto segment : segments) {
        if (!name.empty()) {
            name += '/';
        }
        name += segment;
    }
    return name;
}

/// The cells of one worksheet part whose type is inlineStr, written into the SheetTable orcus
/// filled, where orcus left the cell empty. Only <c> inside <sheetData> counts; within <is>,
/// the text of <t> directly in it or in a run <r>, not in a phonetic run <rPh>.
class InlineCells final : public orcus::sax_handler {
public:
    explicit InlineCells(SheetTable& table) : table_(table) {
        for (const auto& row : table_.rows) {
            width_ = std::max(width_, row.size());
        }
    }

    void attribute(const orcus::sax::parser_attribute& attr) {
        if (!attr.ns.empty()) {
            return;
        }
        if (attr.name == "r") {
            hasReference_ = true;
            reference_ = parseCellReference(attr.value);
        } else if (attr.name == "t") {
            inlineType_ = attr.value == "inlineStr";
        }
    }

    void start_element(const orcus::sax::parser_element& elem) {
        std::string_view name = elem.name;
        if (inCell_) {
            if (name == "is") {
                inString_ = true;
            } else if (name == "rPh") {
                inPhonetic_ = true;
            } else if (name == "t") {
                inText_ = inString_ && !inPhonetic_;
            }
        } else if (name == "c" && inSheetData_) {
            startCell();
        } else if (name == "row" && inSheetData_) {
            row_ = hasReference_ ? (reference_ ? reference_->row : -1) : row_ + 1;
            nextColumn_ = 0;
        } else if (name == "sheetData") {
            inSheetData_ = true;
        }
        hasReference_ = false;
        reference_.reset();
        inlineType_ = false;
    }

    void end_element(const orcus::sax::parser_element& elem) {
        std::string_view name = elem.name;
        if (inCell_) {
            if (name == "t") {
                inText_ = false;
            } else if (name == "rPh") {
                inPhonetic_ = false;
            } else if (name == "is") {
                inString_ = false;
            } else if (name == "c") {
                endCell();
            }
        } else if (name == "sheetData") {
            inSheetData_ = false;
        }
    }

    void characters(std::string_view text, bool) {
        if (inText_) {
            text_.append(text);
        }
    }

private:
    void startCell() {
        std::int64_t row = row_, column = nextColumn_;
        if (hasReference_) {
            row = reference_ ? reference_->row : -1;
            column = reference_ ? reference_->column : -1;
        }
        nextColumn_ = column + 1;
        if (!inlineType_ || row < 0 || column < 0 || column >= kMaxColumns) {
            return;
        }
        inCell_ = true;
        cellRow_ = static_cast<std::size_t>(row);
        cellColumn_ = static_cast<std::size_t>(column);
        text_.clear();
    }

    void endCell() {
        inCell_ = inString_ = inPhonetic_ = inText_ = false;
        if (text_.empty()) {
            return;
        }
        auto& rows = table_.rows;
        if (cellRow_ >= rows.size()) {
            rows.resize(cellRow_ + 1);
        }
        auto& cells = rows[cellRow_];
        if (cellColumn_ >= cells.size()) {
            if (cells.capacity() == 0) {
                cells.reserve(std::max(width_, cellColumn_ + 1)); // one allocation per row
            }
            cells.resize(cellColumn_ + 1);
            width_ = std::max(width_, cellColumn_ + 1);
        }
        auto& cell = cells[cellColumn_];
        if (cell.kind == SheetCell::Kind::Empty) { // orcus's value, where it has one, stays
            cell.kind = SheetCell::Kind::Text;
            cell.text = text_;
        }
    }

    SheetTable& table_;
    std::size_t width_ = 0;
    // the attributes of the element being opened
    bool hasReference_ = false;
    std::optional<CellReference> reference_;
    bool inlineType_ = false;
    // where the parser is
    bool inSheetData_ = false;
    std::int64_t row_ = -1;
    std::int64_t nextColumn_ = 0;
    bool inCell_ = false, inString_ = false, inPhonetic_ = false, inText_ = false;
    std::size_t cellRow_ = 0, cellColumn_ = 0;
    std::string text_;
};

template <typename Handler>
void parseXml(const std::vector<unsigned char>& part, Handler& handler) {
    orcus::sax_parser<Handler> parser(reinterpret_cast<const char*>(part.data()), part.size(),
                                      handler);
    parser.parse();
}

/// Whether a part contains the text "inlineStr" anywhere: far cheaper than parsing it (glibc's
/// memmem, some 12 ms for the 67 MB worksheet of a 100,000-row roster).
bool mentionsInlineStrings(const std::vector<unsigned char>& part) {
    static constexpr std::string_view kMarker = "inlineStr";
    return ::memmem(part.data(), part.size(), kMarker.data(), kMarker.size()) != nullptr;
}

} // namespace

void addXlsxInlineStrings(std::string_view xlsx, std::vector<SheetTable>& sheets,
                          const std::filesystem::path& file) {
    try {
        orcus::zip_archive_stream_blob stream(reinterpret_cast<const std::uint8_t*>(xlsx.data()),
                                              xlsx.size());
        orcus::zip_archive archive(&stream);
        archive.load();
        std::vector<std::string_view> entries;
        for (std::size_t i = 0; i < archive.get_file_entry_count(); ++i) {
            entries.push_back(archive.get_file_entry_name(i));
        }
        std::vector<unsigned char> part;
        // A part that is not there counts as empty: orcus read the package without it.
        auto read = [&](std::string_view name) {
            return std::find(entries.begin(), entries.end(), name) != entries.end() &&
                   archive.read_file_entry(name, part);
        };
        if (!read("xl/workbook.xml")) {
            return;
        }
        WorkbookSheets workbook;
        parseXml(part, workbook);
        if (!read("xl/_rels/workbook.xml.rels")) {
            return;
        }
        Relationships relationships;
        parseXml(part, relationships);

        for (const auto& sheet : workbook.sheets) {
            auto table = std::find_if(sheets.begin(), sheets.end(),
                                      [&](const SheetTable& t) { return t.name == sheet.name; });
            const auto* target = relationships.find(sheet.relationshipId);
            if (table == sheets.end() || target == nullptr || !read(partName(*target)) ||
                !mentionsInlineStrings(part)) {
                continue;
            }
            InlineCells cells(*table);
            parseXml(part, cells);
        }
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception&) {
        // orcus read the same package to the end, so this is a part only we look at.
        throw damagedFile(file);
    }
}

} // namespace gp::intake::detail
