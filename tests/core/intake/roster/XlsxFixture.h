// Builds .xlsx roster fixtures in code with libxlsxwriter (link PkgConfig::XLSXWRITER):
//
//   gp::test::XlsxFixture xlsx(dir / "roster.xlsx");
//   auto& sheet = xlsx.sheet("名单");
//   sheet.merge(0, 0, 0, 5, "2024届毕业生名单").text(1, 0, "学号").number(2,
//   1, 6.10102199003071e17); sheet.date(2, 2, 1990, 3, 7); xlsx.save();
//
// Rows and columns are zero-based, as in libxlsxwriter.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <list>
#include <random>
#include <stdexcept>
#include <string>
#include <xlsxwriter.h>

namespace gp::test {

class XlsxFixture {
public:
    class Sheet {
    public:
        Sheet(XlsxFixture& book, lxw_worksheet* sheet) : book_(book), sheet_(sheet) {}

        Sheet& text(unsigned row, unsigned col, const std::string& value) {
            check(worksheet_write_string(sheet_, row, static_cast<lxw_col_t>(col), value.c_str(),
                                         nullptr));
            return *this;
        }
        Sheet& number(unsigned row, unsigned col, double value) {
            check(worksheet_write_number(sheet_, row, static_cast<lxw_col_t>(col), value, nullptr));
            return *this;
        }
        Sheet& boolean(unsigned row, unsigned col, bool value) {
            check(worksheet_write_boolean(sheet_, row, static_cast<lxw_col_t>(col), value ? 1 : 0,
                                          nullptr));
            return *this;
        }
        /// A date (and time) shown with `numberFormat`, "yyyy-mm-dd" by default.
        Sheet& date(unsigned row, unsigned col, int year, int month, int day, int hour = 0,
                    int minute = 0, const char* numberFormat = "yyyy-mm-dd") {
            lxw_datetime value{year, month, day, hour, minute, 0.0};
            check(worksheet_write_datetime(sheet_, row, static_cast<lxw_col_t>(col), &value,
                                           book_.numberFormat(numberFormat)));
            return *this;
        }
        /// A number shown with one of Excel's built-in formats (14 is the short date).
        Sheet& numberWithBuiltInFormat(unsigned row, unsigned col, double value,
                                       std::uint8_t formatIndex) {
            check(worksheet_write_number(sheet_, row, static_cast<lxw_col_t>(col), value,
                                         book_.builtInFormat(formatIndex)));
            return *this;
        }
        /// A formula with the result Excel would have cached.
        Sheet& formula(unsigned row, unsigned col, const char* formula, double result) {
            check(worksheet_write_formula_num(sheet_, row, static_cast<lxw_col_t>(col), formula,
                                              nullptr, result));
            return *this;
        }
        /// A cell with a format but no value (a bordered empty row, say).
        Sheet& formattedBlank(unsigned row, unsigned col) {
            check(worksheet_write_blank(sheet_, row, static_cast<lxw_col_t>(col),
                                        book_.numberFormat("@")));
            return *this;
        }
        Sheet& merge(unsigned firstRow, unsigned firstCol, unsigned lastRow, unsigned lastCol,
                     const std::string& value) {
            check(worksheet_merge_range(sheet_, firstRow, static_cast<lxw_col_t>(firstCol), lastRow,
                                        static_cast<lxw_col_t>(lastCol), value.c_str(),
                                        book_.centered()));
            return *this;
        }

    private:
        static void check(lxw_error error) {
            if (error != LXW_NO_ERROR) {
                throw std::runtime_error(std::string("libxlsxwriter: ") + lxw_strerror(error));
            }
        }

        XlsxFixture& book_;
        lxw_worksheet* sheet_;
    };

    explicit XlsxFixture(std::filesystem::path file) : file_(std::move(file)) {
        book_ = workbook_new(file_.c_str());
        if (book_ == nullptr) {
            throw std::runtime_error("libxlsxwriter cannot create " + file_.string());
        }
    }
    ~XlsxFixture() {
        if (book_ != nullptr) {
            workbook_close(book_);
        }
    }
    XlsxFixture(const XlsxFixture&) = delete;
    XlsxFixture& operator=(const XlsxFixture&) = delete;

    Sheet& sheet(const std::string& name) {
        auto* sheet = workbook_add_worksheet(book_, name.c_str());
        if (sheet == nullptr) {
            throw std::runtime_error("libxlsxwriter cannot add the sheet " + name);
        }
        return sheets_.emplace_back(*this, sheet);
    }

    /// Writes the file; the fixture cannot be changed afterwards.
    const std::filesystem::path& save() {
        lxw_error error = workbook_close(book_);
        book_ = nullptr;
        if (error != LXW_NO_ERROR) {
            throw std::runtime_error(std::string("libxlsxwriter: ") + lxw_strerror(error));
        }
        return file_;
    }

    lxw_format* numberFormat(const char* code) {
        auto* format = workbook_add_format(book_);
        format_set_num_format(format, code);
        return format;
    }
    lxw_format* builtInFormat(std::uint8_t index) {
        auto* format = workbook_add_format(book_);
        format_set_num_format_index(format, index);
        return format;
    }
    lxw_format* centered() {
        auto* format = workbook_add_format(book_);
        format_set_align(format, LXW_ALIGN_CENTER);
        return format;
    }

private:
    std::filesystem::path file_;
    lxw_workbook* book_ = nullptr;
    std::list<Sheet> sheets_; // stable addresses for the references handed out
};

/// A roster of `students` rows and 20 columns under a header row, as a registry office sends
/// it: 学号 and 身份证号 as text, names, a birth date, phone numbers, addresses.
inline std::filesystem::path writeLargeRosterXlsx(const std::filesystem::path& file,
                                                  unsigned students) {
    static const char* const kHeaders[20] = {
        "学号",     "姓名",     "性别",     "身份证号", "出生日期", "民族",   "层次",
        "专业",     "年级",     "教学点",   "班级",     "联系电话", "考生号", "图像采集码",
        "毕业届别", "邮寄地址", "入学年份", "学习形式", "学制",     "备注"};
    static const char* const kSurnames[] = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄"};
    static const char* const kGiven[] = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳"};
    static const char* const kMajors[] = {"会计学", "计算机科学与技术", "汉语言文学",
                                          "法学",   "工商管理",         "护理学"};
    static const char* const kCenters[] = {"西安教学点", "咸阳函授站", "宝鸡学习中心",
                                           "渭南校外教学点"};
    XlsxFixture xlsx(file);
    auto& sheet = xlsx.sheet("名单");
    for (unsigned col = 0; col < 20; ++col) {
        sheet.text(0, col, kHeaders[col]);
    }
    std::mt19937 random(20240630);
    char buffer[64];
    for (unsigned i = 0; i < students; ++i) {
        unsigned row = i + 1;
        std::snprintf(buffer, sizeof buffer, "2021%06u", i);
        sheet.text(row, 0, buffer);
        sheet.text(row, 1, std::string(kSurnames[random() % 8]) + kGiven[random() % 8]);
        sheet.text(row, 2, i % 2 ? "男" : "女");
        std::snprintf(buffer, sizeof buffer, "6101021990%02u%02u%04u", 1 + i % 12, 1 + i % 28,
                      i % 10000);
        sheet.text(row, 3, buffer);
        sheet.date(row, 4, 1990 + static_cast<int>(i % 15), 1 + static_cast<int>(i % 12),
                   1 + static_cast<int>(i % 28));
        sheet.text(row, 5, "汉族");
        sheet.text(row, 6, i % 3 ? "专升本" : "高起专");
        sheet.text(row, 7, kMajors[i % 6]);
        sheet.number(row, 8, 2021);
        sheet.text(row, 9, kCenters[i % 4]);
        std::snprintf(buffer, sizeof buffer, "%s%u班", kMajors[i % 6], 1 + i % 9);
        sheet.text(row, 10, buffer);
        std::snprintf(buffer, sizeof buffer, "13%09u",
                      static_cast<unsigned>(random() % 1000000000));
        sheet.text(row, 11, buffer);
        std::snprintf(buffer, sizeof buffer, "21610102%06u", i);
        sheet.text(row, 12, buffer);
        std::snprintf(buffer, sizeof buffer, "CJ%08u", i);
        sheet.text(row, 13, buffer);
        sheet.text(row, 14, "2024届");
        std::snprintf(buffer, sizeof buffer, "陕西省西安市雁塔区长安南路%u号", 1 + i % 500);
        sheet.text(row, 15, buffer);
        sheet.number(row, 16, 2021);
        sheet.text(row, 17, i % 2 ? "函授" : "业余");
        sheet.number(row, 18, 2.5);
        if (i % 10 == 0) {
            sheet.text(row, 19, "补拍");
        }
    }
    return xlsx.save();
}

} // namespace gp::test
