#include "TemplateFile.h"

#include "core/common/UserError.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

namespace gp::reports {
namespace {

struct Tables {
    std::map<std::string, double>& numbers;
    std::map<std::string, std::string>& texts;
    std::map<std::string, std::vector<std::string>>& lists;
};

void flatten(const Poco::JSON::Object& object, const std::string& prefix, Tables& out) {
    for (const auto& [key, value] : object) {
        const auto path = prefix.empty() ? key : prefix + "." + key;
        if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
            flatten(*value.extract<Poco::JSON::Object::Ptr>(), path, out);
        } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
            std::vector<std::string> items;
            for (const auto& item : *value.extract<Poco::JSON::Array::Ptr>()) {
                items.push_back(item.convert<std::string>());
            }
            out.lists[path] = std::move(items);
        } else if (value.isNumeric()) {
            out.numbers[path] = value.convert<double>();
        } else if (value.isString()) {
            out.texts[path] = value.extract<std::string>();
        }
    }
}

} // namespace

TemplateFile TemplateFile::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read the report template " + file.string() + ".",
                        "Reinstall GradPhoto Console or set GRADPHOTO_TEMPLATES.");
    }
    std::ostringstream text;
    text << in.rdbuf();
    TemplateFile t;
    t.file_ = file;
    try {
        Poco::JSON::Parser parser;
        const auto root = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
        Tables tables{t.numbers_, t.texts_, t.lists_};
        flatten(*root, "", tables);
    } catch (const Poco::Exception& e) {
        throw UserError("The report template " + file.string() +
                            " is not valid JSON: " + e.displayText() + ".",
                        "Correct the file or reinstall GradPhoto Console.");
    }
    return t;
}

namespace {

[[noreturn]] void missing(const std::filesystem::path& file, const std::string& path) {
    throw UserError("The report template " + file.string() + " has no \"" + path + "\".",
                    "Correct the file or reinstall GradPhoto Console.");
}

} // namespace

double TemplateFile::number(const std::string& path) const {
    const auto it = numbers_.find(path);
    if (it == numbers_.end()) {
        missing(file_, path);
    }
    return it->second;
}

std::string TemplateFile::text(const std::string& path) const {
    const auto it = texts_.find(path);
    if (it == texts_.end()) {
        missing(file_, path);
    }
    return it->second;
}

std::vector<std::string> TemplateFile::texts(const std::string& path) const {
    const auto it = lists_.find(path);
    if (it == lists_.end()) {
        missing(file_, path);
    }
    return it->second;
}

bool TemplateFile::has(const std::string& path) const {
    return numbers_.count(path) > 0 || texts_.count(path) > 0 || lists_.count(path) > 0;
}

std::string fillText(const std::string& pattern, const TextValues& values) {
    std::string out;
    out.reserve(pattern.size());
    std::size_t i = 0;
    while (i < pattern.size()) {
        const auto open = pattern.find('{', i);
        if (open == std::string::npos) {
            out.append(pattern, i, std::string::npos);
            break;
        }
        const auto close = pattern.find('}', open);
        if (close == std::string::npos) {
            out.append(pattern, i, std::string::npos);
            break;
        }
        out.append(pattern, i, open - i);
        const auto it = values.find(pattern.substr(open + 1, close - open - 1));
        if (it != values.end()) {
            out += it->second;
        } else {
            out.append(pattern, open, close - open + 1);
        }
        i = close + 1;
    }
    return out;
}

} // namespace gp::reports
