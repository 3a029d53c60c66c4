#include "RosterColumns.h"

#include "../common/UserError.h"
#include "TextNormalization.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <array>
#include <fstream>
#include <utility>

namespace gp::intake {
namespace {

constexpr std::array<std::pair<RosterField, std::string_view>, 17> kCodes{{
    {RosterField::StudentNo, "student_no"},
    {RosterField::Name, "name"},
    {RosterField::Sex, "sex"},
    {RosterField::IdNumber, "id_number"},
    {RosterField::IdType, "id_type"},
    {RosterField::BirthDate, "birth_date"},
    {RosterField::Ethnicity, "ethnicity"},
    {RosterField::Level, "level"},
    {RosterField::Major, "major"},
    {RosterField::Grade, "grade"},
    {RosterField::Center, "center"},
    {RosterField::ClassName, "class_name"},
    {RosterField::Phone, "phone"},
    {RosterField::ExamNo, "exam_no"},
    {RosterField::CollectionCode, "collection_code"},
    {RosterField::GraduationTerm, "graduation_term"},
    {RosterField::MailingAddress, "mailing_address"},
}};

Poco::JSON::Object::Ptr readJson(const std::filesystem::path& file, const char* what) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError(std::string("Cannot read the ") + what + " " + file.string() + ".",
                        "Check the path.");
    }
    try {
        Poco::JSON::Parser parser;
        return parser.parse(in).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception& e) {
        throw UserError(std::string("The ") + what + " " + file.string() +
                            " is not valid JSON: " + e.displayText() + ".",
                        "Fix the file; see templates/roster-columns.json for the field names.");
    }
}

} // namespace

std::string_view toCode(RosterField f) {
    for (const auto& [field, code] : kCodes) {
        if (field == f) {
            return code;
        }
    }
    return "unknown";
}

std::optional<RosterField> rosterFieldFromCode(std::string_view code) {
    for (const auto& [field, c] : kCodes) {
        if (c == code) {
            return field;
        }
    }
    return std::nullopt;
}

std::string headerKey(std::string_view header) {
    std::string s = normalizeCell(header);
    // A trailing bracketed note: 身份证号(18位), 身份证号（18位）, 学号[必填].
    for (const char* open : {"(", "（", "["}) {
        const auto pos = s.find(open);
        if (pos != std::string::npos && pos > 0) {
            s.erase(pos);
        }
    }
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '*' || c == '\t' || c == ':') {
            continue;
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    // A full-width colon or asterisk.
    for (const char* mark : {"：", "＊"}) {
        for (auto pos = out.find(mark); pos != std::string::npos; pos = out.find(mark)) {
            out.erase(pos, std::string_view(mark).size());
        }
    }
    return out;
}

RosterColumns RosterColumns::load(const std::filesystem::path& file) {
    const auto root = readJson(file, "roster column list");
    RosterColumns columns;
    const auto fields = root->getArray("fields");
    if (!fields) {
        throw UserError("The roster column list " + file.string() + " has no \"fields\".");
    }
    for (std::size_t i = 0; i < fields->size(); ++i) {
        const auto entry = fields->getObject(static_cast<unsigned>(i));
        const auto code = entry->getValue<std::string>("field");
        const auto field = rosterFieldFromCode(code);
        if (!field) {
            throw UserError("The roster column list " + file.string() +
                            " names an unknown field \"" + code + "\".");
        }
        columns.labels_[*field] = entry->optValue<std::string>("label", code);
        const auto synonyms = entry->getArray("synonyms");
        for (std::size_t k = 0; synonyms && k < synonyms->size(); ++k) {
            columns.byKey_.emplace(
                headerKey(synonyms->getElement<std::string>(static_cast<unsigned>(k))), *field);
        }
    }
    return columns;
}

void RosterColumns::applyMapping(const std::filesystem::path& mappingFile) {
    const auto root = readJson(mappingFile, "mapping file");
    headerRow_ = root->optValue<int>("header_row", 0);
    const auto map = root->getObject("columns");
    if (!map) {
        throw UserError(
            "The mapping file " + mappingFile.string() + " has no \"columns\" object.",
            "Write it as {\"columns\": {\"header in the file\": \"student_no\", ...}}.");
    }
    for (const auto& [header, value] : *map) {
        const auto code = value.toString();
        if (code == "extra" || code == "ignore") {
            byKey_[headerKey(header)] = std::nullopt;
            if (code == "ignore") {
                ignored_.insert(headerKey(header));
            }
            continue;
        }
        const auto field = rosterFieldFromCode(code);
        if (!field) {
            std::string known;
            for (const auto& [f, c] : kCodes) {
                known += (known.empty() ? "" : ", ") + std::string(c);
            }
            throw UserError("The mapping file " + mappingFile.string() + " maps \"" + header +
                                "\" to \"" + code + "\", which is not a roster field.",
                            "Use one of: " + known + ", or \"extra\".");
        }
        byKey_[headerKey(header)] = *field;
    }
}

std::optional<RosterField> RosterColumns::fieldOf(std::string_view header) const {
    const auto it = byKey_.find(headerKey(header));
    return it == byKey_.end() ? std::nullopt : it->second;
}

std::string RosterColumns::label(RosterField f) const {
    const auto it = labels_.find(f);
    return it == labels_.end() ? std::string(toCode(f)) : it->second;
}

} // namespace gp::intake
