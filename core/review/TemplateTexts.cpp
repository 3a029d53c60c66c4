#include "TemplateTexts.h"

#include <Poco/Exception.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>
#include <utility>

namespace gp::review {

std::string templateLanguage(const std::string& language) {
    return language.rfind("zh", 0) == 0 ? "zh_CN" : "en";
}

Poco::JSON::Object::Ptr readTemplateObject(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return nullptr;
    }
    std::stringstream text;
    text << in.rdbuf();
    try {
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
        const auto v = parser.parse(text.str());
        if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
            return v.extract<Poco::JSON::Object::Ptr>();
        }
    } catch (const Poco::Exception&) {
        // not JSON: the same as no file
    }
    return nullptr;
}

std::map<std::string, std::string> readLanguages(const Poco::JSON::Object::Ptr& perLanguage) {
    std::map<std::string, std::string> out;
    if (!perLanguage) {
        return out;
    }
    for (const auto& lang : perLanguage->getNames()) {
        const auto value = perLanguage->get(lang);
        if (value.isString()) {
            out[lang] = value.extract<std::string>();
        }
    }
    return out;
}

void readLanguageTable(const Poco::JSON::Object::Ptr& root, const std::string& key,
                       LanguageTexts& into) {
    const auto table = root ? root->getObject(key) : nullptr;
    if (!table) {
        return;
    }
    for (const auto& id : table->getNames()) {
        for (auto& [lang, text] : readLanguages(table->getObject(id))) {
            into[id][lang] = std::move(text);
        }
    }
}

const std::string* lookupText(const LanguageTexts& table, const std::string& key,
                              const std::string& language) {
    const auto it = table.find(key);
    if (it == table.end()) {
        return nullptr;
    }
    const auto text = it->second.find(templateLanguage(language));
    return text != it->second.end() ? &text->second : nullptr;
}

} // namespace gp::review
