// A photo-spec profile (templates/profiles/<id>.json): the standard's numbers and every check
// threshold, read once into a flat table so that checks on several threads share it read-only.
// Nothing of the standard is a literal in C++: a check asks for "framing.head_top_px" here.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace gp::checks {

struct Band {
    double min = 0;
    double max = 0;
    bool contains(double v) const { return v >= min && v <= max; }
};

struct BackgroundColour {
    std::string id;
    std::string nameZh;
    std::string nameEn;
    int r = 0, g = 0, b = 0;
};

class PhotoProfile {
public:
    /// Reads a profile file. Throws UserError naming the file for bad JSON or a missing id.
    static PhotoProfile load(const std::filesystem::path& file);

    const std::string& id() const { return id_; }
    int version() const { return version_; }
    const std::string& nameZh() const { return nameZh_; }
    const std::string& nameEn() const { return nameEn_; }
    const std::filesystem::path& file() const { return file_; }

    /// A number by its dotted path, e.g. "file.width_px". Throws UserError naming the profile
    /// file and the key when it is missing.
    double number(const std::string& path) const;
    /// A {min, max} object, e.g. "framing.head_top_px".
    Band band(const std::string& path) const;
    bool has(const std::string& path) const { return numbers_.count(path) > 0; }
    /// A text value, e.g. "file.extension".
    std::string text(const std::string& path) const;
    const std::vector<BackgroundColour>& backgroundColours() const { return colours_; }

private:
    std::filesystem::path file_;
    std::string id_;
    int version_ = 0;
    std::string nameZh_;
    std::string nameEn_;
    std::map<std::string, double> numbers_;
    std::map<std::string, std::string> texts_;
    std::vector<BackgroundColour> colours_;
};

} // namespace gp::checks
