#include "JsonText.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

namespace gp::store {

std::string toJsonObject(const std::map<std::string, std::string>& values) {
    Poco::JSON::Object object;
    for (const auto& [key, value] : values) {
        object.set(key, value);
    }
    std::ostringstream out;
    object.stringify(out);
    return out.str();
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
