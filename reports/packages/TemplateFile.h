// A report template (templates/reports/<kind>.json) read once into flat tables: numbers, texts
// and lists of texts by dotted path ("sheet.photo_mm.width"), and a filler for the {key}
// placeholders its texts carry. Layouts and wording live there, never in C++.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace gp::reports {

class TemplateFile {
public:
    /// Reads the file. Throws UserError naming it when it is missing or not valid JSON.
    static TemplateFile load(const std::filesystem::path& file);

    /// Throw UserError naming the file and the key when the key is missing.
    double number(const std::string& path) const;
    std::string text(const std::string& path) const;
    std::vector<std::string> texts(const std::string& path) const;
    bool has(const std::string& path) const;

    const std::filesystem::path& file() const { return file_; }

private:
    std::filesystem::path file_;
    std::map<std::string, double> numbers_;
    std::map<std::string, std::string> texts_;
    std::map<std::string, std::vector<std::string>> lists_;
};

using TextValues = std::map<std::string, std::string>;

/// Replaces every {key} in pattern with its value; an unknown key stays as written.
std::string fillText(const std::string& pattern, const TextValues& values);

} // namespace gp::reports
