#include "XlsxWorkbook.h"

#include "core/common/Clock.h"
#include "core/common/UserError.h"

#include <algorithm>
#include <chrono>
#include <new>
#include <stdexcept>
#include <xlsxwriter.h>

namespace gp::reports {

XlsxWorkbook::XlsxWorkbook(const std::filesystem::path& file, const std::string& title,
                           const Clock& clock)
    : file_(file), tmpdir_(file.has_parent_path() ? file.parent_path().string() : ".") {
    // libxlsxwriter's scratch files go beside the workbook, not to /tmp, so that a report
    // needs room only where it is written.
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir_.data();
    options.use_zip64 = LXW_FALSE;
    book_ = workbook_new_opt(file_.c_str(), &options);
    if (book_ == nullptr) {
        throw std::bad_alloc();
    }

    formats_.header = workbook_add_format(book_);
    format_set_bold(formats_.header);
    format_set_bg_color(formats_.header, 0xDDEBF7);
    format_set_bottom(formats_.header, LXW_BORDER_THIN);
    format_set_align(formats_.header, LXW_ALIGN_VERTICAL_CENTER);
    formats_.text = workbook_add_format(book_);
    format_set_num_format_index(formats_.text, 49); // built-in "@", text
    formats_.percent = workbook_add_format(book_);
    formats_.dateTime = workbook_add_format(book_);
    setNumberFormats("0.0%", "yyyy-mm-dd hh:mm");

    std::string author = "毕业生图像审核台 GradPhoto Console";
    std::string titleText = title;
    lxw_doc_properties properties{};
    properties.title = titleText.data();
    properties.author = author.data();
    properties.created = std::chrono::system_clock::to_time_t(clock.now());
    if (workbook_set_properties(book_, &properties) != LXW_NO_ERROR) {
        lxw_workbook_free(book_);
        throw std::bad_alloc();
    }
}

XlsxWorkbook::~XlsxWorkbook() {
    if (book_ != nullptr) {
        lxw_workbook_free(book_);
    }
}

XlsxTable& XlsxWorkbook::addTable(const std::string& sheetName, std::vector<XlsxColumn> columns,
                                  bool autofilter) {
    if (book_ == nullptr) {
        throw std::logic_error("XlsxWorkbook: already closed");
    }
    if (const auto error = workbook_validate_sheet_name(book_, sheetName.c_str());
        error != LXW_NO_ERROR) {
        throw std::logic_error("XlsxWorkbook: sheet name " + sheetName + ": " +
                               lxw_strerror(error));
    }
    lxw_worksheet* sheet = workbook_add_worksheet(book_, sheetName.c_str());
    if (sheet == nullptr) {
        throw std::bad_alloc();
    }
    tables_.push_back(std::make_unique<XlsxTable>(sheet, formats_, std::move(columns), autofilter));
    return *tables_.back();
}

void XlsxWorkbook::setNumberFormats(const std::string& percent, const std::string& dateTime) {
    if (book_ == nullptr) {
        throw std::logic_error("XlsxWorkbook: already closed");
    }
    // libxlsxwriter copies the format code.
    format_set_num_format(formats_.percent, percent.c_str());
    format_set_num_format(formats_.dateTime, dateTime.c_str());
}

void XlsxWorkbook::addBarChart(const XlsxTable& table, const std::string& sheetName,
                               const XlsxBarChart& spec) {
    if (book_ == nullptr) {
        throw std::logic_error("XlsxWorkbook: already closed");
    }
    if (spec.rows == 0 || spec.seriesColumns.empty()) {
        return; // nothing to draw
    }
    lxw_chart* chart =
        workbook_add_chart(book_, spec.stacked ? LXW_CHART_BAR_STACKED : LXW_CHART_BAR);
    if (chart == nullptr) {
        throw std::bad_alloc();
    }
    const auto first = static_cast<lxw_row_t>(1);
    const auto last = static_cast<lxw_row_t>(spec.rows);
    const auto category = static_cast<lxw_col_t>(spec.categoryColumn);
    for (const auto column : spec.seriesColumns) {
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        const auto col = static_cast<lxw_col_t>(column);
        chart_series_set_categories(series, sheetName.c_str(), first, category, last, category);
        chart_series_set_values(series, sheetName.c_str(), first, col, last, col);
        chart_series_set_name_range(series, sheetName.c_str(), 0, col);
    }
    chart_title_set_name(chart, spec.title.c_str());
    // In a bar chart the values run along the x axis; the first row reads at the top.
    chart_axis_set_name(chart->x_axis, spec.valueAxisTitle.c_str());
    chart_axis_set_reverse(chart->y_axis);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);

    // Default size 480 x 288 px; about 22 px per bar plus room for title, axis and legend.
    lxw_chart_options options{};
    options.x_offset = 10;
    options.y_offset = 0;
    options.x_scale = 1.5;
    options.y_scale = std::max(1.0, (22.0 * static_cast<double>(spec.rows) + 140.0) / 288.0);
    const lxw_error error = worksheet_insert_chart_opt(
        table.worksheet(), 1, static_cast<lxw_col_t>(table.columnCount() + 1), chart, &options);
    if (error != LXW_NO_ERROR) {
        throw std::runtime_error(std::string("libxlsxwriter: inserting a chart: ") +
                                 lxw_strerror(error));
    }
}

void XlsxWorkbook::close() {
    if (book_ == nullptr) {
        throw std::logic_error("XlsxWorkbook: already closed");
    }
    for (auto& table : tables_) {
        table->finish(omittedRowsNote_);
    }
    lxw_workbook* book = book_;
    book_ = nullptr; // workbook_close frees it, whatever the outcome
    const lxw_error error = workbook_close(book);
    tables_.clear();
    if (error != LXW_NO_ERROR) {
        throw UserError("Cannot write the report " + file_.string() + ": " + lxw_strerror(error) +
                            ".",
                        "Check that the folder still exists and the disk has free space, then "
                        "try again.");
    }
}

} // namespace gp::reports
