#include "ReasonCatalog.h"

#include "core/common/UserError.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

namespace gp::review {

namespace {

void readPair(const Poco::JSON::Object::Ptr& texts, const std::string& language, std::string& label,
              std::string& advice) {
    if (!texts->has(language)) {
        return;
    }
    const auto pair = texts->getArray(language);
    if (!pair || pair->size() < 1) {
        return;
    }
    label = pair->getElement<std::string>(0);
    if (pair->size() > 1) {
        advice = pair->getElement<std::string>(1);
    }
}

} // namespace

ReasonCatalog ReasonCatalog::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError(
            "The reason catalogue " + file.string() + " cannot be read.",
            "Reinstall the program or set GRADPHOTO_TEMPLATES to its templates folder.");
    }
    std::stringstream text;
    text << in.rdbuf();
    std::vector<Reason> reasons;
    try {
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true)); // keep the file's order
        const auto root = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
        const auto messages = root->getObject("messages");
        if (!messages) {
            throw UserError("The reason catalogue " + file.string() + " has no \"messages\".",
                            "Restore templates/reasons.json from the installation.");
        }
        for (const auto& code : messages->getNames()) {
            Reason r;
            r.code = code;
            const auto texts = messages->getObject(code);
            if (texts) {
                readPair(texts, "zh_CN", r.labelZh, r.adviceZh);
                readPair(texts, "en", r.labelEn, r.adviceEn);
            }
            if (r.labelZh.empty()) {
                r.labelZh = r.labelEn.empty() ? code : r.labelEn;
            }
            reasons.push_back(std::move(r));
        }
    } catch (const Poco::Exception& e) {
        throw UserError("The reason catalogue " + file.string() +
                            " is not valid JSON: " + e.displayText(),
                        "Restore templates/reasons.json from the installation.");
    }
    return ReasonCatalog(std::move(reasons));
}

const Reason* ReasonCatalog::find(const std::string& code) const {
    for (const auto& r : reasons_) {
        if (r.code == code) {
            return &r;
        }
    }
    return nullptr;
}

std::string ReasonCatalog::label(const std::string& code, const std::string& language) const {
    const auto* r = find(code);
    return r ? r->label(language) : code;
}

} // namespace gp::review
