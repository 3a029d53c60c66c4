// How the review screen words a check's measured values, its limit and the labels of its
// overlay marks, per language, from templates/check-texts.json. A text is a pattern with
// placeholders filled from the stored run: {name} a measured value or a limit number by name,
// {name:1} the same with one decimal, {prefix_*} the first measured value whose name starts
// with prefix_, {name?yes|no} yes when the value is not 0, and a limit text value by name or by
// name_<language> (e.g. {nearest} reads nearest_zh_CN in Chinese).
#pragma once

#include "TemplateTexts.h"

#include <filesystem>
#include <string>

namespace gp::review {

class CheckTexts {
public:
    /// Reads templates/check-texts.json; a missing or unreadable file leaves every text to its
    /// fallback (the measured values with their units, the stored limit text, the raw label).
    static CheckTexts load(const std::filesystem::path& file);

    /// The measured values of a stored value_json in the language; when the check has no
    /// pattern or a placeholder has no value, every value with its unit in the language.
    std::string measured(const std::string& checkId, const std::string& valueJson,
                         const std::string& limitJson, const std::string& language) const;
    /// The limit from a stored limit_json; limitText when there is none (runs stored before
    /// schema 4) or the pattern cannot be filled.
    std::string limit(const std::string& checkId, const std::string& valueJson,
                      const std::string& limitJson, const std::string& limitText,
                      const std::string& language) const;
    /// An overlay mark's label (e.g. "head top") in the language; the label itself when the
    /// template has none.
    std::string overlayLabel(const std::string& label, const std::string& language) const;
    /// A unit (px, °, KB, ...) in the language; the unit itself when the template has none.
    std::string unit(const std::string& unit, const std::string& language) const;

    /// Whether the check has both a measured and a limit pattern in the language.
    bool hasTexts(const std::string& checkId, const std::string& language) const;

private:
    LanguageTexts measured_;
    LanguageTexts limits_;
    LanguageTexts labels_;
    LanguageTexts units_;
};

} // namespace gp::review
