#include "PhotoProfile.h"

#include "../common/UserError.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <fstream>

namespace gp::checks {
namespace {

void flatten(const Poco::JSON::Object& object, const std::string& prefix,
             std::map<std::string, double>& numbers, std::map<std::string, std::string>& texts) {
    for (const auto& [key, value] : object) {
        const auto path = prefix.empty() ? key : prefix + "." + key;
        if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
            flatten(*value.extract<Poco::JSON::Object::Ptr>(), path, numbers, texts);
        } else if (value.isNumeric()) {
            numbers[path] = value.convert<double>();
        } else if (value.isString()) {
            texts[path] = value.extract<std::string>();
        } else if (value.isBoolean()) {
            numbers[path] = value.convert<bool>() ? 1.0 : 0.0;
        }
    }
}

} // namespace

PhotoProfile PhotoProfile::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read the photo profile " + file.string() + ".",
                        "Reinstall GradPhoto Console or set GRADPHOTO_TEMPLATES.");
    }
    PhotoProfile p;
    p.file_ = file;
    try {
        Poco::JSON::Parser parser;
        const auto root = parser.parse(in).extract<Poco::JSON::Object::Ptr>();
        p.id_ = root->getValue<std::string>("id");
        p.version_ = root->getValue<int>("version");
        if (const auto name = root->getObject("name")) {
            p.nameZh_ = name->optValue<std::string>("zh_CN", p.id_);
            p.nameEn_ = name->optValue<std::string>("en", p.id_);
        }
        flatten(*root, "", p.numbers_, p.texts_);
        if (const auto background = root->getObject("background")) {
            if (const auto colours = background->getArray("colours")) {
                for (std::size_t i = 0; i < colours->size(); ++i) {
                    const auto c = colours->getObject(static_cast<unsigned>(i));
                    const auto rgb = c->getArray("rgb");
                    BackgroundColour colour;
                    colour.id = c->getValue<std::string>("id");
                    if (const auto name = c->getObject("name")) {
                        colour.nameZh = name->optValue<std::string>("zh_CN", colour.id);
                        colour.nameEn = name->optValue<std::string>("en", colour.id);
                    }
                    colour.r = rgb->getElement<int>(0);
                    colour.g = rgb->getElement<int>(1);
                    colour.b = rgb->getElement<int>(2);
                    p.colours_.push_back(colour);
                }
            }
        }
    } catch (const Poco::Exception& e) {
        throw UserError("The photo profile " + file.string() + " is not valid: " + e.displayText() +
                            ".",
                        "Fix the JSON, or restore the file from the installed templates.");
    }
    return p;
}

double PhotoProfile::number(const std::string& path) const {
    const auto it = numbers_.find(path);
    if (it == numbers_.end()) {
        throw UserError("The photo profile " + file_.string() + " has no value for \"" + path +
                            "\".",
                        "Add it (see templates/profiles/chsi-2017.json), or restore the file.");
    }
    return it->second;
}

Band PhotoProfile::band(const std::string& path) const {
    return {number(path + ".min"), number(path + ".max")};
}

std::string PhotoProfile::text(const std::string& path) const {
    const auto it = texts_.find(path);
    if (it == texts_.end()) {
        throw UserError("The photo profile " + file_.string() + " has no text for \"" + path +
                            "\".",
                        "Add it (see templates/profiles/chsi-2017.json), or restore the file.");
    }
    return it->second;
}

} // namespace gp::checks
