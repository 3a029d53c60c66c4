// A report workbook written with libxlsxwriter: owns the workbook, the formats its tables
// share and the tables themselves; close() writes the file and turns libxlsxwriter's error
// codes into a UserError. A workbook destroyed without close() writes nothing.
#pragma once

#include "XlsxTable.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct lxw_workbook;

namespace gp {
class Clock;
}

namespace gp::reports {

class XlsxWorkbook {
public:
    /// A workbook that will be written to file (the file is created only by close()). Its
    /// document properties carry title and the clock's time, so that tests are repeatable.
    XlsxWorkbook(const std::filesystem::path& file, const std::string& title, const Clock& clock);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    /// Adds a sheet (name at most 31 characters, none of []:*?/\) holding one table.
    XlsxTable& addTable(const std::string& sheetName, std::vector<XlsxColumn> columns,
                        bool autofilter = true);

    /// Finishes every table and writes the file. Throws UserError when it cannot be written
    /// (folder gone, disk full); the workbook cannot be used afterwards either way.
    void close();

private:
    std::filesystem::path file_;
    std::string tmpdir_; ///< libxlsxwriter may keep the pointer
    lxw_workbook* book_ = nullptr;
    XlsxTable::Formats formats_;
    std::vector<std::unique_ptr<XlsxTable>> tables_;
};

} // namespace gp::reports
