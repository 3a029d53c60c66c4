// Texts the review screen reads from templates/*.json as tables of
// {"key": {"zh_CN": "...", "en": "..."}}: check names, measured-value and limit sentences,
// overlay labels, units, face comparison sentences. A missing or unreadable file gives empty
// tables, since every such text has its fallback (the id or code itself).
#pragma once

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <map>
#include <string>

namespace gp::review {

/// key → language → text.
using LanguageTexts = std::map<std::string, std::map<std::string, std::string>>;

/// "zh_CN" for any Chinese language code, "en" otherwise: the two languages of the templates.
std::string templateLanguage(const std::string& language);

/// The file's top-level JSON object, or nullptr when the file is missing or is not one.
Poco::JSON::Object::Ptr readTemplateObject(const std::filesystem::path& file);

/// An object read as {language: text}; entries that are not text are skipped.
std::map<std::string, std::string> readLanguages(const Poco::JSON::Object::Ptr& perLanguage);

/// Adds root[key], read as {key: {language: text}}, to `into`; entries of another shape are
/// skipped.
void readLanguageTable(const Poco::JSON::Object::Ptr& root, const std::string& key,
                       LanguageTexts& into);

/// The text for `key` in the template language of `language`, or nullptr when there is none.
const std::string* lookupText(const LanguageTexts& table, const std::string& key,
                              const std::string& language);

} // namespace gp::review
