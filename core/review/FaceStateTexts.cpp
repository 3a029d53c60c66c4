#include "FaceStateTexts.h"

#include "CheckTexts.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

namespace gp::review {

FaceStateTexts FaceStateTexts::load(const std::filesystem::path& file) {
    FaceStateTexts out;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return out;
    }
    std::stringstream text;
    text << in.rdbuf();
    try {
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
        const auto root = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
        if (const auto states = root->getObject("states")) {
            for (const auto& code : states->getNames()) {
                if (const auto per = states->getObject(code)) {
                    for (const auto& lang : per->getNames()) {
                        out.states_[code][lang] = per->getValue<std::string>(lang);
                    }
                }
            }
        }
    } catch (const Poco::Exception&) {
        // the sentences are a help; the codes stand in for them
    }
    return out;
}

bool FaceStateTexts::has(const std::string& state, const std::string& language) const {
    const auto it = states_.find(state);
    return it != states_.end() && it->second.count(templateLanguage(language)) > 0;
}

std::string FaceStateTexts::sentence(const std::string& state, const std::string& language) const {
    const auto it = states_.find(state);
    if (it == states_.end()) {
        return state;
    }
    const auto text = it->second.find(templateLanguage(language));
    return text != it->second.end() ? text->second : state;
}

} // namespace gp::review
