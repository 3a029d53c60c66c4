// xlsx and ods through orcus's import interfaces: orcus parses the package and calls us for
// every cell, and we write the cells straight into SheetTables (no spreadsheet model, no
// formula engine). Number cells whose format is a date format become DateTime cells.
#include "core/intake/roster/CellReference.h"
#include "core/intake/roster/CellText.h"
#include "core/intake/roster/RosterErrors.h"
#include "core/intake/roster/RosterReaders.h"
#include "core/intake/roster/XlsxInlineStrings.h"

#include <algorithm>
#include <exception>
#include <memory>
#include <orcus/config.hpp>
#include <orcus/exception.hpp>
#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/import_interface.hpp>
#include <unordered_map>
#include <vector>

namespace gp::intake::detail {
namespace {

namespace ss = orcus::spreadsheet;
namespace iface = orcus::spreadsheet::iface;

constexpr ss::row_t kMaxRows = 1048576; // the most rows and columns a spreadsheet can have
constexpr ss::col_t kMaxColumns = 16384;

/// The shared string table, in one buffer: a roster has hundreds of thousands of distinct
/// strings (ID numbers, phone numbers, addresses), and one allocation each would show.
class SharedStrings final : public iface::import_shared_strings {
public:
    const std::string_view* find(std::size_t index) {
        if (index >= spans_.size()) {
            return nullptr;
        }
        found_ = std::string_view(data_).substr(spans_[index].first, spans_[index].second);
        return &found_;
    }

    std::size_t append(std::string_view s) override {
        spans_.emplace_back(data_.size(), s.size());
        data_.append(s);
        return spans_.size() - 1;
    }
    std::size_t add(std::string_view s) override { return append(s); }
    void set_segment_font(std::size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                                ss::color_elem_t) override {}
    void append_segment(std::string_view s) override { segments_.append(s); }
    std::size_t commit_segments() override {
        auto index = append(segments_);
        segments_.clear();
        return index;
    }

private:
    std::string data_;
    std::vector<std::pair<std::size_t, std::size_t>> spans_; ///< offset and length in data_
    std::string segments_;
    std::string_view found_;
};

/// Only what tells a date from a number: each cell format's number format, and which number
/// formats show dates. Fonts, fills, borders and the rest are ignored.
class NumberFormatStyles final : public iface::import_styles {
public:
    bool known() const { return !xfNumberFormats_.empty(); }

    bool isDateXf(std::size_t xf) const {
        if (xf >= xfNumberFormats_.size()) {
            return false;
        }
        auto id = xfNumberFormats_[xf];
        auto custom = customFormatIsDate_.find(id);
        return custom != customFormatIsDate_.end() ? custom->second : isBuiltInDateFormat(id);
    }

    void set_number_format_count(std::size_t) override {}
    void set_number_format_identifier(std::size_t id) override { formatId_ = id; }
    void set_number_format_code(std::string_view s) override { formatCode_ = s; }
    std::size_t commit_number_format() override {
        customFormatIsDate_[formatId_] = isDateFormatCode(formatCode_);
        formatCode_.clear();
        return numberFormats_++;
    }

    void set_cell_xf_count(std::size_t n) override { xfNumberFormats_.reserve(n); }
    void set_xf_number_format(std::size_t index) override { xfNumberFormat_ = index; }
    std::size_t commit_cell_xf() override {
        xfNumberFormats_.push_back(xfNumberFormat_);
        xfNumberFormat_ = 0;
        return xfNumberFormats_.size() - 1;
    }
    std::size_t commit_cell_style_xf() override {
        xfNumberFormat_ = 0;
        return styleXfs_++;
    }
    std::size_t commit_dxf() override {
        xfNumberFormat_ = 0;
        return dxfs_++;
    }

    // Everything else in a style is of no interest here.
    void set_font_count(std::size_t) override {}
    void set_font_bold(bool) override {}
    void set_font_italic(bool) override {}
    void set_font_name(std::string_view) override {}
    void set_font_size(double) override {}
    void set_font_underline(ss::underline_t) override {}
    void set_font_underline_width(ss::underline_width_t) override {}
    void set_font_underline_mode(ss::underline_mode_t) override {}
    void set_font_underline_type(ss::underline_type_t) override {}
    void set_font_underline_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                                  ss::color_elem_t) override {}
    void set_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                        ss::color_elem_t) override {}
    void set_strikethrough_style(ss::strikethrough_style_t) override {}
    void set_strikethrough_type(ss::strikethrough_type_t) override {}
    void set_strikethrough_width(ss::strikethrough_width_t) override {}
    void set_strikethrough_text(ss::strikethrough_text_t) override {}
    std::size_t commit_font() override { return fonts_++; }
    void set_fill_count(std::size_t) override {}
    void set_fill_pattern_type(ss::fill_pattern_t) override {}
    void set_fill_fg_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                           ss::color_elem_t) override {}
    void set_fill_bg_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                           ss::color_elem_t) override {}
    std::size_t commit_fill() override { return fills_++; }
    void set_border_count(std::size_t) override {}
    void set_border_style(ss::border_direction_t, ss::border_style_t) override {}
    void set_border_color(ss::border_direction_t, ss::color_elem_t, ss::color_elem_t,
                          ss::color_elem_t, ss::color_elem_t) override {}
    void set_border_width(ss::border_direction_t, double, orcus::length_unit_t) override {}
    std::size_t commit_border() override { return borders_++; }
    void set_cell_hidden(bool) override {}
    void set_cell_locked(bool) override {}
    void set_cell_print_content(bool) override {}
    void set_cell_formula_hidden(bool) override {}
    std::size_t commit_cell_protection() override { return protections_++; }
    void set_cell_style_xf_count(std::size_t) override {}
    void set_dxf_count(std::size_t) override {}
    void set_xf_font(std::size_t) override {}
    void set_xf_fill(std::size_t) override {}
    void set_xf_border(std::size_t) override {}
    void set_xf_protection(std::size_t) override {}
    void set_xf_style_xf(std::size_t) override {}
    void set_xf_apply_alignment(bool) override {}
    void set_xf_horizontal_alignment(ss::hor_alignment_t) override {}
    void set_xf_vertical_alignment(ss::ver_alignment_t) override {}
    void set_cell_style_count(std::size_t) override {}
    void set_cell_style_name(std::string_view) override {}
    void set_cell_style_xf(std::size_t) override {}
    void set_cell_style_builtin(std::size_t) override {}
    void set_cell_style_parent_name(std::string_view) override {}
    std::size_t commit_cell_style() override { return cellStyles_++; }

private:
    std::size_t formatId_ = 0;
    std::string formatCode_;
    std::unordered_map<std::size_t, bool> customFormatIsDate_;
    std::size_t xfNumberFormat_ = 0;
    std::vector<std::size_t> xfNumberFormats_; ///< cell format (xf) index -> number format id
    std::size_t numberFormats_ = 0, styleXfs_ = 0, dxfs_ = 0, fonts_ = 0, fills_ = 0, borders_ = 0,
                protections_ = 0, cellStyles_ = 0;
};

class GlobalSettings final : public iface::import_global_settings {
public:
    DateOrigin origin;

    void set_origin_date(int year, int month, int day) override {
        if (year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
            origin = {year, month, day};
        }
    }
    void set_default_formula_grammar(ss::formula_grammar_t grammar) override { grammar_ = grammar; }
    ss::formula_grammar_t get_default_formula_grammar() const override { return grammar_; }
    void set_character_set(orcus::character_set_t) override {}

private:
    ss::formula_grammar_t grammar_ = ss::formula_grammar_t::unknown;
};

/// Cell addresses in A1 notation ("B12", "$B$12", "A1:H1"), which the xlsx reader asks us to
/// resolve for cell positions and merged ranges.
class A1Resolver final : public iface::import_reference_resolver {
public:
    ss::src_address_t resolve_address(std::string_view address) override {
        const auto ref = parseCellReference(address);
        if (!ref || ref->column < 0) {
            throw orcus::invalid_arg_error("not a cell address");
        }
        return {0, static_cast<ss::row_t>(ref->row), static_cast<ss::col_t>(ref->column)};
    }

    ss::src_range_t resolve_range(std::string_view range) override {
        auto colon = range.find(':');
        auto first = resolve_address(range.substr(0, colon));
        auto last =
            colon == std::string_view::npos ? first : resolve_address(range.substr(colon + 1));
        return {first, last};
    }
};

struct BookContext {
    SharedStrings strings;
    NumberFormatStyles styles;
    GlobalSettings settings;
};

class SheetCollector;

/// A formula cell: only its cached result is kept, as the value the user sees.
class FormulaResults final : public iface::import_formula {
public:
    explicit FormulaResults(SheetCollector& sheet) : sheet_(sheet) {}

    void set_position(ss::row_t row, ss::col_t col) override {
        row_ = row;
        col_ = col;
        result_ = SheetCell{};
    }
    void set_formula(ss::formula_grammar_t, std::string_view) override {}
    void set_shared_formula_index(std::size_t) override {}
    void set_result_string(std::string_view value) override {
        result_.kind = SheetCell::Kind::Text;
        result_.text = value;
    }
    void set_result_value(double value) override { setNumber(result_, value); }
    void set_result_bool(bool value) override { setBoolean(result_, value); }
    void set_result_empty() override { result_ = SheetCell{}; }
    void commit() override;

private:
    SheetCollector& sheet_;
    ss::row_t row_ = 0;
    ss::col_t col_ = 0;
    SheetCell result_;
};

class SheetCollector final : public iface::import_sheet {
public:
    SheetCollector(std::string_view name, BookContext& book) : book_(book), formulas_(*this) {
        table_.name = name;
    }

    /// The cell at (row, col), created on demand; null outside a spreadsheet's limits.
    SheetCell* cellAt(ss::row_t row, ss::col_t col) {
        if (row < 0 || col < 0 || row >= kMaxRows || col >= kMaxColumns) {
            return nullptr;
        }
        auto r = static_cast<std::size_t>(row);
        auto c = static_cast<std::size_t>(col);
        if (r >= table_.rows.size()) {
            table_.rows.resize(r + 1);
        }
        auto& cells = table_.rows[r];
        if (c >= cells.size()) {
            if (cells.capacity() == 0) {
                cells.reserve(std::max(width_, c + 1)); // one allocation for a typical row
            }
            cells.resize(c + 1);
            width_ = std::max(width_, c + 1);
        }
        return &cells[c];
    }

    iface::import_formula* get_formula() override { return &formulas_; }

    void set_auto(ss::row_t row, ss::col_t col, std::string_view s) override {
        if (auto* cell = cellAt(row, col)) {
            cell->kind = s.empty() ? SheetCell::Kind::Empty : SheetCell::Kind::Text;
            cell->text = s;
        }
    }

    void set_string(ss::row_t row, ss::col_t col, ss::string_id_t id) override {
        auto* cell = cellAt(row, col);
        if (cell == nullptr) {
            return;
        }
        cell->kind = SheetCell::Kind::Text;
        if (const auto* s = book_.strings.find(id)) {
            cell->text.assign(*s);
        } else { // the shared strings come later: resolve at the end
            cell->text.clear();
            pendingStrings_.push_back({row, col, id});
        }
    }

    void set_value(ss::row_t row, ss::col_t col, double value) override {
        if (auto* cell = cellAt(row, col)) {
            setNumber(*cell, value);
        }
    }

    void set_bool(ss::row_t row, ss::col_t col, bool value) override {
        if (auto* cell = cellAt(row, col)) {
            setBoolean(*cell, value);
        }
    }

    void set_date_time(ss::row_t row, ss::col_t col, int year, int month, int day, int hour,
                       int minute, double second) override {
        auto* cell = cellAt(row, col);
        if (cell == nullptr) {
            return;
        }
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
            return; // not a date any spreadsheet could show; leave the cell empty
        }
        cell->kind = SheetCell::Kind::DateTime;
        cell->text = isoFromDate(year, month, day, hour, minute, second);
        cell->number =
            serialFromDate(year, month, day, hour, minute, second, book_.settings.origin);
    }

    void set_format(ss::row_t row, ss::col_t col, std::size_t xf) override {
        if (xf == 0 || row < 0 || col < 0 || static_cast<std::size_t>(row) >= table_.rows.size()) {
            return; // format 0 is "General"; a format on a cell with no value changes nothing
        }
        auto& cells = table_.rows[static_cast<std::size_t>(row)];
        if (static_cast<std::size_t>(col) >= cells.size()) {
            return;
        }
        auto& cell = cells[static_cast<std::size_t>(col)];
        if (cell.kind == SheetCell::Kind::Text || cell.kind == SheetCell::Kind::Boolean) {
            return;
        }
        if (book_.styles.known() && cell.kind == SheetCell::Kind::Number) {
            if (book_.styles.isDateXf(xf)) {
                toDateTime(cell);
            }
            return;
        }
        // The styles are not read yet, or the value is a formula result that comes later.
        formatted_.push_back({row, col, static_cast<std::uint32_t>(xf)});
    }

    void set_format(ss::row_t, ss::col_t, ss::row_t, ss::col_t, std::size_t) override {}

    void fill_down_cells(ss::row_t srcRow, ss::col_t srcCol, ss::row_t rangeSize) override {
        // ods writes a row repeated n times once; copy the cell into the rows below it.
        auto* source = cellAt(srcRow, srcCol);
        if (source == nullptr || source->kind == SheetCell::Kind::Empty) {
            return;
        }
        SheetCell value = *source;
        auto last = std::min<ss::row_t>(kMaxRows - 1, srcRow + std::max<ss::row_t>(rangeSize, 0));
        for (auto row = srcRow + 1; row <= last; ++row) {
            if (auto* cell = cellAt(row, srcCol)) {
                *cell = value;
            }
        }
    }

    ss::range_size_t get_sheet_size() const override { return {kMaxRows, kMaxColumns}; }

    /// Resolves what had to wait for the end of the file and hands over the sheet.
    SheetTable finish() {
        for (const auto& pending : pendingStrings_) {
            if (const auto* s = book_.strings.find(pending.id)) {
                table_
                    .rows[static_cast<std::size_t>(pending.row)]
                         [static_cast<std::size_t>(pending.col)]
                    .text.assign(*s);
            }
        }
        for (const auto& formatted : formatted_) {
            auto& cell = table_.rows[static_cast<std::size_t>(formatted.row)]
                                    [static_cast<std::size_t>(formatted.col)];
            if (cell.kind == SheetCell::Kind::Number && book_.styles.isDateXf(formatted.xf)) {
                toDateTime(cell);
            }
        }
        fillMergedDown();
        trimSheet(table_);
        return std::move(table_);
    }

    iface::import_sheet_properties* get_sheet_properties() override { return &properties_; }

private:
    /// Merged ranges as the sheet declares them; only their extent matters here.
    class MergedRanges final : public iface::import_sheet_properties {
    public:
        void set_column_width(ss::col_t, double, orcus::length_unit_t) override {}
        void set_column_hidden(ss::col_t, bool) override {}
        void set_row_height(ss::row_t, double, orcus::length_unit_t) override {}
        void set_row_hidden(ss::row_t, bool) override {}
        void set_merge_cell_range(const ss::range_t& range) override { ranges.push_back(range); }
        std::vector<ss::range_t> ranges;
    };

    /// A 教学点 merged over the rows of its students holds its value in the top cell only; it
    /// belongs to every row of the range. Filled down the range's first column, into empty
    /// cells only (a title merged across columns is left as it is).
    void fillMergedDown() {
        for (const auto& range : properties_.ranges) {
            const auto top = static_cast<std::size_t>(range.first.row);
            const auto col = static_cast<std::size_t>(range.first.column);
            if (range.last.row <= range.first.row || top >= table_.rows.size() ||
                col >= table_.rows[top].size()) {
                continue;
            }
            const SheetCell value = table_.rows[top][col];
            if (value.kind == SheetCell::Kind::Empty) {
                continue;
            }
            for (auto r = range.first.row + 1; r <= range.last.row; ++r) {
                if (auto* cell = cellAt(r, range.first.column);
                    cell != nullptr && cell->kind == SheetCell::Kind::Empty) {
                    *cell = value;
                }
            }
        }
    }

    void toDateTime(SheetCell& cell) const {
        auto iso = isoFromSerial(cell.number, book_.settings.origin);
        if (!iso.empty()) {
            cell.kind = SheetCell::Kind::DateTime;
            cell.text = std::move(iso);
        }
    }

    struct PendingString {
        ss::row_t row;
        ss::col_t col;
        ss::string_id_t id;
    };
    struct FormattedCell {
        ss::row_t row;
        ss::col_t col;
        std::uint32_t xf;
    };

    BookContext& book_;
    FormulaResults formulas_;
    MergedRanges properties_;
    SheetTable table_;
    std::size_t width_ = 0;
    std::vector<PendingString> pendingStrings_;
    std::vector<FormattedCell> formatted_;
};

void FormulaResults::commit() {
    if (result_.kind == SheetCell::Kind::Empty) {
        return;
    }
    if (auto* cell = sheet_.cellAt(row_, col_)) {
        *cell = std::move(result_);
    }
    result_ = SheetCell{};
}

class CollectingFactory final : public iface::import_factory {
public:
    iface::import_global_settings* get_global_settings() override { return &book_.settings; }
    iface::import_shared_strings* get_shared_strings() override { return &book_.strings; }
    iface::import_styles* get_styles() override { return &book_.styles; }
    iface::import_reference_resolver* get_reference_resolver(ss::formula_ref_context_t) override {
        return &resolver_;
    }

    iface::import_sheet* append_sheet(ss::sheet_t, std::string_view name) override {
        sheets_.push_back(std::make_unique<SheetCollector>(name, book_));
        names_.emplace_back(name);
        return sheets_.back().get();
    }
    iface::import_sheet* get_sheet(std::string_view name) override {
        auto it = std::find(names_.begin(), names_.end(), name);
        return it == names_.end() ? nullptr
                                  : sheets_[static_cast<std::size_t>(it - names_.begin())].get();
    }
    iface::import_sheet* get_sheet(ss::sheet_t index) override {
        return index >= 0 && static_cast<std::size_t>(index) < sheets_.size()
                   ? sheets_[static_cast<std::size_t>(index)].get()
                   : nullptr;
    }
    void finalize() override {}

    std::vector<SheetTable> finish() {
        std::vector<SheetTable> tables;
        tables.reserve(sheets_.size());
        for (auto& sheet : sheets_) {
            tables.push_back(sheet->finish());
        }
        return tables;
    }

private:
    BookContext book_;
    A1Resolver resolver_;
    std::vector<std::unique_ptr<SheetCollector>> sheets_;
    std::vector<std::string> names_;
};

} // namespace

Workbook readOrcusWorkbook(std::string_view content, SpreadsheetPackage package,
                           const std::filesystem::path& file) {
    CollectingFactory factory;
    try {
        // No check of the XML structure against the schema: the cells are what matters, and
        // the check costs time on every element.
        if (package == SpreadsheetPackage::Xlsx) {
            orcus::orcus_xlsx filter(&factory);
            orcus::config config(orcus::format_t::xlsx);
            config.structure_check = false;
            filter.set_config(config);
            filter.read_stream(content);
        } else {
            orcus::orcus_ods filter(&factory);
            orcus::config config(orcus::format_t::ods);
            config.structure_check = false;
            filter.set_config(config);
            filter.read_stream(content);
        }
    } catch (...) {
        // orcus throws zip_error for a cut-off package and XML errors for a damaged part.
        throw damagedFile(file);
    }
    Workbook book;
    book.format = package == SpreadsheetPackage::Xlsx ? "xlsx" : "ods";
    book.sheets = factory.finish();
    if (package == SpreadsheetPackage::Xlsx) {
        addXlsxInlineStrings(content, book.sheets, file); // orcus 0.17 skips inline strings
    }
    return book;
}

} // namespace gp::intake::detail
