// Texts for problem codes, kept in templates/ (e.g. templates/intake-messages.json), so that
// people can reword them without touching code: per code and language, what is wrong and what
// to do.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace gp {

class MessageCatalog {
public:
    struct Text {
        std::string problem;
        std::string action;
    };

    /// Reads a catalogue file. Throws UserError if it is missing or invalid.
    static MessageCatalog load(const std::filesystem::path& file);

    /// The text for the code in the language ("zh_CN", "en"), falling back to English, then
    /// to the code itself.
    Text text(const std::string& code, const std::string& language) const;
    bool has(const std::string& code) const { return texts_.count(code) > 0; }

private:
    std::map<std::string, std::map<std::string, Text>> texts_;
};

} // namespace gp
