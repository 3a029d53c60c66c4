// The roster's fields and the headers that name them (templates/roster-columns.json), with an
// optional mapping file that overrides them for one school's roster.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace gp::intake {

enum class RosterField {
    StudentNo,
    Name,
    Sex,
    IdNumber,
    IdType,
    BirthDate,
    Ethnicity,
    Level,
    Major,
    Grade,
    Center,
    ClassName,
    Phone,
    ExamNo,
    CollectionCode,
    GraduationTerm,
    MailingAddress,
};

std::string_view toCode(RosterField f);
std::optional<RosterField> rosterFieldFromCode(std::string_view code);

/// How a header is compared: spaces, '*', case, full-width forms and a trailing bracketed note
/// do not matter. "身份证号（18位）*" and "身份证号" compare equal.
std::string headerKey(std::string_view header);

class RosterColumns {
public:
    /// Reads templates/roster-columns.json. Throws UserError if it is missing or invalid.
    static RosterColumns load(const std::filesystem::path& file);

    /// Adds a mapping file: {"header_row": 3, "columns": {"学生学号": "student_no",
    /// "备注": "extra"}}. Its headers win over the built-in synonyms. Throws UserError.
    void applyMapping(const std::filesystem::path& mappingFile);

    /// The field a header names; nullopt for a column kept as an extra attribute.
    std::optional<RosterField> fieldOf(std::string_view header) const;
    /// True when the mapping file says "ignore" for the header: the column is not read at all.
    bool ignored(std::string_view header) const { return ignored_.count(headerKey(header)) > 0; }
    /// The Chinese label of a field, for messages (学号, 身份证号, ...).
    std::string label(RosterField f) const;
    /// A header row fixed by the mapping file (1-based), or 0 to find it.
    int headerRow() const { return headerRow_; }

private:
    std::map<std::string, std::optional<RosterField>> byKey_; ///< headerKey → field
    std::map<RosterField, std::string> labels_;
    int headerRow_ = 0;
    std::set<std::string> ignored_;
};

} // namespace gp::intake
