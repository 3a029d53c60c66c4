#include "DemoWorkbooks.h"

#include "core/common/UserError.h"

#include <chrono>
#include <string>
#include <vector>
#include <xlsxwriter.h>

namespace gp::demo {

namespace fs = std::filesystem;

namespace {

/// One workbook with one sheet; closing it writes the file.
class Book {
public:
    Book(const fs::path& file, const char* sheetName, const Clock& clock) : file_(file) {
        book_ = workbook_new(file.c_str());
        if (book_ != nullptr) {
            properties_.author = const_cast<char*>("GradPhoto Console demo");
            properties_.created = std::chrono::system_clock::to_time_t(clock.now());
            workbook_set_properties(book_, &properties_);
        }
        if (book_ == nullptr) {
            throw UserError("Cannot create " + file.string() + ".",
                            "Choose a demo folder you may write to.");
        }
        sheet_ = workbook_add_worksheet(book_, sheetName);
        header_ = workbook_add_format(book_);
        format_set_bold(header_);
        format_set_bg_color(header_, 0xDDEBF7);
        format_set_border(header_, LXW_BORDER_THIN);
        title_ = workbook_add_format(book_);
        format_set_bold(title_);
        format_set_font_size(title_, 14);
        text_ = workbook_add_format(book_);
        format_set_num_format(text_, "@"); // 学号 and ID numbers stay text in Excel
    }
    ~Book() {
        if (book_ != nullptr) {
            workbook_close(book_);
        }
    }
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    void title(const std::string& text, int columns) {
        worksheet_merge_range(sheet_, 0, 0, 0, static_cast<lxw_col_t>(columns - 1), text.c_str(),
                              title_);
    }
    void headers(lxw_row_t row, const std::vector<std::string>& names,
                 const std::vector<double>& widths) {
        for (std::size_t c = 0; c < names.size(); ++c) {
            worksheet_write_string(sheet_, row, static_cast<lxw_col_t>(c), names[c].c_str(),
                                   header_);
            worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 widths[c], nullptr);
        }
        worksheet_freeze_panes(sheet_, row + 1, 0);
    }
    void cell(lxw_row_t row, std::size_t col, const std::string& value) {
        worksheet_write_string(sheet_, row, static_cast<lxw_col_t>(col), value.c_str(), text_);
    }
    void number(lxw_row_t row, std::size_t col, double value) {
        worksheet_write_number(sheet_, row, static_cast<lxw_col_t>(col), value, nullptr);
    }
    void close() {
        const auto error = workbook_close(book_);
        book_ = nullptr;
        if (error != LXW_NO_ERROR) {
            throw UserError("Cannot write " + file_.string() + ": " + lxw_strerror(error) + ".",
                            "Check the free space and permissions of the demo folder.");
        }
    }

private:
    fs::path file_;
    lxw_workbook* book_ = nullptr;
    lxw_worksheet* sheet_ = nullptr;
    lxw_format* header_ = nullptr;
    lxw_format* title_ = nullptr;
    lxw_format* text_ = nullptr;
    lxw_doc_properties properties_{};
};

} // namespace

void writeRosterWorkbook(const DemoCohort& cohort, const fs::path& file, const Clock& clock) {
    Book book(file, "毕业生名单", clock);
    const std::vector<std::string> headers{"序号",     "学号", "姓名",     "性别",    "身份证号",
                                           "出生日期", "民族", "层次",     "专业",    "年级",
                                           "教学点",   "班级", "联系电话", "毕业届别"};
    const std::vector<double> widths{6, 12, 10, 6, 21, 12, 8, 8, 18, 9, 14, 22, 14, 10};
    book.title("示例大学继续教育学院2026届春季毕业生名单（演示数据，人员均为虚构）",
               static_cast<int>(headers.size()));
    book.headers(1, headers, widths);
    lxw_row_t row = 2;
    for (const auto& s : cohort.students) {
        book.number(row, 0, row - 1);
        const std::vector<std::string> values{
            s.studentNo, s.name,  s.sex,    s.idNumber,  s.birthDate, s.ethnicity, s.level,
            s.major,     s.grade, s.center, s.className, s.phone,     "2026届春季"};
        for (std::size_t c = 0; c < values.size(); ++c) {
            book.cell(row, c + 1, values[c]);
        }
        ++row;
    }
    book.close();
}

void writeCentersWorkbook(const DemoCohort& cohort, const fs::path& file, const Clock& clock) {
    Book book(file, "教学点通讯录", clock);
    const std::vector<std::string> headers{"教学点", "联系人",   "联系电话",
                                           "邮箱",   "邮寄地址", "邮编"};
    const std::vector<double> widths{14, 10, 14, 24, 50, 8};
    book.title("各教学点联系人及照片邮寄地址（演示数据）", static_cast<int>(headers.size()));
    book.headers(1, headers, widths);
    lxw_row_t row = 2;
    for (const auto& c : cohort.centers) {
        const std::vector<std::string> values{c.name,  c.contact, c.phone,
                                              c.email, c.address, c.postcode};
        for (std::size_t col = 0; col < values.size(); ++col) {
            book.cell(row, col, values[col]);
        }
        ++row;
    }
    book.close();
}

} // namespace gp::demo
