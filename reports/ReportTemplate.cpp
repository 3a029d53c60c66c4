#include "ReportTemplate.h"

#include "core/common/UserError.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>

namespace gp::reports {

std::vector<XlsxColumn> SheetLayout::xlsxColumns() const {
    std::vector<XlsxColumn> out;
    out.reserve(columns.size());
    for (const auto& c : columns) {
        out.push_back({c.header, c.width});
    }
    return out;
}

std::size_t SheetLayout::indexOf(std::string_view key) const {
    const auto it = std::find_if(columns.begin(), columns.end(),
                                 [&](const LayoutColumn& c) { return c.key == key; });
    return static_cast<std::size_t>(it - columns.begin());
}

ReportTemplate ReportTemplate::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read the report template " + file.string() + ".",
                        "Reinstall GradPhoto Console or set GRADPHOTO_TEMPLATES.");
    }
    ReportTemplate t;
    t.file_ = file;
    try {
        Poco::JSON::Parser parser;
        t.root_ = parser.parse(in).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception& e) {
        throw UserError("The report template " + file.string() +
                            " is not valid JSON: " + e.displayText() + ".",
                        "Correct the file or restore it from the installation.");
    }
    return t;
}

void ReportTemplate::fail(const std::string& path, const std::string& what) const {
    throw UserError("The report template " + file_.string() + " has no valid \"" + path +
                        "\": " + what + ".",
                    "Correct the file or restore it from the installation.");
}

Poco::Dynamic::Var ReportTemplate::at(const std::string& path) const {
    Poco::JSON::Object::Ptr object = root_;
    std::size_t start = 0;
    while (true) {
        const auto dot = path.find('.', start);
        const auto name = path.substr(start, dot == std::string::npos ? dot : dot - start);
        if (object.isNull() || !object->has(name)) {
            fail(path, "it is missing");
        }
        if (dot == std::string::npos) {
            return object->get(name);
        }
        object = object->getObject(name);
        start = dot + 1;
    }
}

bool ReportTemplate::has(const std::string& path) const {
    try {
        at(path);
        return true;
    } catch (const UserError&) {
        return false;
    }
}

std::string ReportTemplate::text(const std::string& path) const {
    const auto v = at(path);
    if (!v.isString()) {
        fail(path, "it must be a text");
    }
    return v.extract<std::string>();
}

double ReportTemplate::number(const std::string& path) const {
    const auto v = at(path);
    if (!v.isNumeric()) {
        fail(path, "it must be a number");
    }
    return v.convert<double>();
}

bool ReportTemplate::flag(const std::string& path) const {
    const auto v = at(path);
    if (!v.isBoolean()) {
        fail(path, "it must be true or false");
    }
    return v.convert<bool>();
}

std::vector<std::string> ReportTemplate::texts(const std::string& path) const {
    const auto v = at(path);
    if (v.type() != typeid(Poco::JSON::Array::Ptr)) {
        fail(path, "it must be a list of texts");
    }
    std::vector<std::string> out;
    for (const auto& item : *v.extract<Poco::JSON::Array::Ptr>()) {
        if (!item.isString()) {
            fail(path, "it must be a list of texts");
        }
        out.push_back(item.extract<std::string>());
    }
    return out;
}

std::map<std::string, std::string> ReportTemplate::textMap(const std::string& path) const {
    const auto v = at(path);
    if (v.type() != typeid(Poco::JSON::Object::Ptr)) {
        fail(path, "it must be an object of texts");
    }
    std::map<std::string, std::string> out;
    for (const auto& [key, value] : *v.extract<Poco::JSON::Object::Ptr>()) {
        if (!value.isString()) {
            fail(path + "." + key, "it must be a text");
        }
        out[key] = value.extract<std::string>();
    }
    return out;
}

SheetLayout ReportTemplate::sheet(const std::string& path,
                                  const std::vector<std::string_view>& knownKeys) const {
    SheetLayout layout;
    if (has(path + ".name")) {
        layout.name = text(path + ".name");
    }
    const auto v = at(path + ".columns");
    if (v.type() != typeid(Poco::JSON::Array::Ptr)) {
        fail(path + ".columns", "it must be a list of columns");
    }
    for (const auto& item : *v.extract<Poco::JSON::Array::Ptr>()) {
        if (item.type() != typeid(Poco::JSON::Object::Ptr)) {
            fail(path + ".columns", "every column must be {\"key\", \"header\", \"width\"}");
        }
        const auto c = item.extract<Poco::JSON::Object::Ptr>();
        LayoutColumn column;
        try {
            column.key = c->getValue<std::string>("key");
            column.header = c->getValue<std::string>("header");
            if (c->has("width")) {
                column.width = c->getValue<double>("width");
            }
        } catch (const Poco::Exception&) {
            fail(path + ".columns", "every column must be {\"key\", \"header\", \"width\"}");
        }
        if (std::find(knownKeys.begin(), knownKeys.end(), column.key) == knownKeys.end()) {
            std::string known;
            for (const auto k : knownKeys) {
                known += (known.empty() ? "" : ", ") + std::string(k);
            }
            fail(path + ".columns",
                 "unknown column key \"" + column.key + "\" (known: " + known + ")");
        }
        layout.columns.push_back(std::move(column));
    }
    if (layout.columns.empty()) {
        fail(path + ".columns", "a sheet needs at least one column");
    }
    return layout;
}

std::string fillIn(std::string pattern, const std::map<std::string, std::string>& values) {
    for (const auto& [name, value] : values) {
        const auto token = "{" + name + "}";
        for (auto at = pattern.find(token); at != std::string::npos;
             at = pattern.find(token, at + value.size())) {
            pattern.replace(at, token.size(), value);
        }
    }
    return pattern;
}

} // namespace gp::reports
