#include "JsonText.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/UTF8String.h>

#include <sstream>

namespace gp::store {

std::string toJsonObject(const std::map<std::string, std::string>& values) {
    // Called once per student on a 100,000-row import: no object tree, just Poco's escaping.
    std::string out = "{";
    for (const auto& [key, value] : values) {
        if (out.size() > 1) {
            out += ',';
        }
        out += '"';
        out += Poco::UTF8::escape(key, true);
        out += "\":\"";
        out += Poco::UTF8::escape(value, true);
        out += '"';
    }
    out += '}';
    return out;
}

std::map<std::string, std::string> fromJsonObject(const std::string& json) {
    std::map<std::string, std::string> out;
    if (json.empty()) {
        return out;
    }
    Poco::JSON::Parser parser;
    const auto parsed = parser.parse(json);
    const auto object = parsed.extract<Poco::JSON::Object::Ptr>();
    for (const auto& [key, value] : *object) {
        out[key] = value.isString() ? value.extract<std::string>() : value.toString();
    }
    return out;
}

} // namespace gp::store
