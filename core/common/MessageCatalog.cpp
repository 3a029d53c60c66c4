#include "MessageCatalog.h"

#include "UserError.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <fstream>

namespace gp {

MessageCatalog MessageCatalog::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read the message catalogue " + file.string() + ".",
                        "Reinstall GradPhoto Console or set GRADPHOTO_TEMPLATES.");
    }
    MessageCatalog catalog;
    try {
        Poco::JSON::Parser parser;
        const auto root = parser.parse(in).extract<Poco::JSON::Object::Ptr>();
        const auto messages = root->getObject("messages");
        for (const auto& [code, byLanguage] : *messages) {
            const auto languages = byLanguage.extract<Poco::JSON::Object::Ptr>();
            for (const auto& [language, pair] : *languages) {
                const auto texts = pair.extract<Poco::JSON::Array::Ptr>();
                catalog.texts_[code][language] = {texts->getElement<std::string>(0),
                                                  texts->getElement<std::string>(1)};
            }
        }
    } catch (const Poco::Exception& e) {
        throw UserError("The message catalogue " + file.string() +
                        " is not valid: " + e.displayText() + ".");
    }
    return catalog;
}

MessageCatalog::Text MessageCatalog::text(const std::string& code,
                                          const std::string& language) const {
    const auto it = texts_.find(code);
    if (it == texts_.end()) {
        return {code, ""};
    }
    for (const auto& lang : {language, std::string("en")}) {
        if (const auto t = it->second.find(lang); t != it->second.end()) {
            return t->second;
        }
    }
    return {code, ""};
}

} // namespace gp
