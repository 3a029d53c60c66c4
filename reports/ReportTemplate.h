// A report's layout and texts as written in templates/reports/<kind>.json: titles, file names,
// sheet names, column sets (key, header, width) and the phrases the sheets use. Reports look up
// what they need by a dotted path ("overview.deadline"); anything missing or of the wrong kind
// is a UserError naming the file and the path, so a reworded template fails loudly, not
// silently.
#pragma once

#include "XlsxTable.h"

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gp::reports {

struct LayoutColumn {
    std::string key; ///< what the column holds, e.g. "student_no"; the report fills it by key
    std::string header;
    double width = 12;
};

struct SheetLayout {
    std::string name; ///< empty for sheets named after their center
    std::vector<LayoutColumn> columns;

    std::vector<XlsxColumn> xlsxColumns() const;
    /// The column's position, or columns.size() when the layout does not show it.
    std::size_t indexOf(std::string_view key) const;
};

class ReportTemplate {
public:
    /// Reads the file. Throws UserError when it is missing or not valid JSON.
    static ReportTemplate load(const std::filesystem::path& file);

    const std::filesystem::path& file() const { return file_; }
    bool has(const std::string& path) const;
    std::string text(const std::string& path) const;
    double number(const std::string& path) const;
    bool flag(const std::string& path) const;
    std::vector<std::string> texts(const std::string& path) const;
    /// An object of texts, e.g. the status names by status code.
    std::map<std::string, std::string> textMap(const std::string& path) const;
    /// A sheet: its "name" (optional) and "columns". Every column's key must be one of
    /// knownKeys (what the report can fill); throws UserError otherwise.
    SheetLayout sheet(const std::string& path,
                      const std::vector<std::string_view>& knownKeys) const;

private:
    Poco::Dynamic::Var at(const std::string& path) const;
    [[noreturn]] void fail(const std::string& path, const std::string& what) const;

    std::filesystem::path file_;
    Poco::JSON::Object::Ptr root_;
};

/// pattern with every {name} replaced by its value; unknown names are left as they are.
std::string fillIn(std::string pattern, const std::map<std::string, std::string>& values);

} // namespace gp::reports
