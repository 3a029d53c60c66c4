#include "CheckTexts.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <cmath>
#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

namespace gp::review {

namespace {

Poco::JSON::Object::Ptr parseObject(const std::string& text) {
    if (text.empty()) {
        return nullptr;
    }
    try {
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
        const auto v = parser.parse(text);
        if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
            return v.extract<Poco::JSON::Object::Ptr>();
        }
    } catch (const Poco::Exception&) {
    }
    return nullptr;
}

/// "50", "31.5", "0.25": whole numbers without decimals, others with at most two.
std::string formatNumber(double v, int decimals) {
    char buf[48];
    if (decimals >= 0) {
        std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    } else if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e12) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
    } else {
        std::snprintf(buf, sizeof buf, "%.2f", v);
        std::string s = buf;
        while (!s.empty() && s.back() == '0') {
            s.pop_back();
        }
        if (!s.empty() && s.back() == '.') {
            s.pop_back();
        }
        return s == "-0" ? "0" : s;
    }
    std::string s = buf;
    if (s.size() > 1 && s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) {
        s.erase(0, 1); // "-0.0" reads as 0
    }
    return s;
}

struct Measured {
    std::string name;
    double value = 0;
    std::string unit;
};

/// What a pattern may name: the measured values, the limit's numbers and texts.
struct Values {
    std::vector<Measured> measured;
    std::map<std::string, double> limitNumbers;
    std::map<std::string, std::string> limitTexts;
};

Values readValues(const std::string& valueJson, const std::string& limitJson) {
    Values out;
    try {
        if (const auto o = parseObject(valueJson)) {
            for (const auto& name : o->getNames()) {
                const auto m = o->getObject(name);
                if (m && m->has("value")) {
                    out.measured.push_back(
                        {name, m->getValue<double>("value"), m->optValue<std::string>("unit", "")});
                }
            }
        }
        if (const auto o = parseObject(limitJson)) {
            for (const auto& name : o->getNames()) {
                const auto v = o->get(name);
                if (v.isString()) {
                    out.limitTexts[name] = v.toString();
                } else if (v.isNumeric()) {
                    out.limitNumbers[name] = v.convert<double>();
                }
            }
        }
    } catch (const Poco::Exception&) {
    }
    return out;
}

/// One placeholder's text, nullopt when the values do not have it.
std::optional<std::string> placeholder(const std::string& spec, const Values& values,
                                       const std::string& language) {
    std::string name = spec;
    std::optional<std::pair<std::string, std::string>> choice;
    if (const auto q = name.find('?'); q != std::string::npos) {
        const auto rest = name.substr(q + 1);
        const auto bar = rest.find('|');
        if (bar == std::string::npos) {
            return std::nullopt;
        }
        choice = std::pair(rest.substr(0, bar), rest.substr(bar + 1));
        name.resize(q);
    }
    int decimals = -1;
    if (const auto colon = name.find(':'); colon != std::string::npos) {
        decimals = std::atoi(name.c_str() + colon + 1);
        name.resize(colon);
    }
    std::optional<double> number;
    if (!name.empty() && name.back() == '*') {
        const auto prefix = name.substr(0, name.size() - 1);
        for (const auto& m : values.measured) {
            if (m.name.rfind(prefix, 0) == 0) {
                number = m.value;
                break;
            }
        }
    } else {
        for (const auto& m : values.measured) {
            if (m.name == name) {
                number = m.value;
                break;
            }
        }
        if (!number) {
            if (const auto it = values.limitNumbers.find(name); it != values.limitNumbers.end()) {
                number = it->second;
            }
        }
    }
    if (number) {
        if (choice) {
            return *number != 0 ? choice->first : choice->second;
        }
        return formatNumber(*number, decimals);
    }
    for (const auto& key : {name, name + "_" + language}) {
        if (const auto it = values.limitTexts.find(key); it != values.limitTexts.end()) {
            return it->second;
        }
    }
    return std::nullopt;
}

/// The pattern with its placeholders filled; nullopt when one of them has no value.
std::optional<std::string> fill(const std::string& pattern, const Values& values,
                                const std::string& language) {
    std::string out;
    std::size_t at = 0;
    while (at < pattern.size()) {
        const auto open = pattern.find('{', at);
        if (open == std::string::npos) {
            out += pattern.substr(at);
            break;
        }
        const auto close = pattern.find('}', open);
        if (close == std::string::npos) {
            return std::nullopt;
        }
        out += pattern.substr(at, open - at);
        const auto text = placeholder(pattern.substr(open + 1, close - open - 1), values, language);
        if (!text) {
            return std::nullopt;
        }
        out += *text;
        at = close + 1;
    }
    return out;
}

} // namespace

CheckTexts CheckTexts::load(const std::filesystem::path& file) {
    CheckTexts out;
    const auto root = readTemplateObject(file);
    if (!root) {
        return out;
    }
    // "checks": {id: {"measured": {language: pattern}, "limit": {language: pattern}}}
    if (const auto checks = root->getObject("checks")) {
        for (const auto& id : checks->getNames()) {
            if (const auto per = checks->getObject(id)) {
                out.measured_[id] = readLanguages(per->getObject("measured"));
                out.limits_[id] = readLanguages(per->getObject("limit"));
            }
        }
    }
    readLanguageTable(root, "overlayLabels", out.labels_);
    readLanguageTable(root, "units", out.units_);
    return out;
}

std::string CheckTexts::unit(const std::string& unit, const std::string& language) const {
    const auto* text = lookupText(units_, unit, language);
    return text ? *text : unit;
}

std::string CheckTexts::measured(const std::string& checkId, const std::string& valueJson,
                                 const std::string& limitJson, const std::string& language) const {
    const auto values = readValues(valueJson, limitJson);
    const auto lang = templateLanguage(language);
    if (const auto* pattern = lookupText(measured_, checkId, language)) {
        if (auto text = fill(*pattern, values, lang)) {
            return *text;
        }
    }
    std::string out;
    for (const auto& m : values.measured) {
        if (!out.empty()) {
            out += lang == "zh_CN" ? "，" : ", ";
        }
        out += formatNumber(m.value, -1);
        if (!m.unit.empty()) {
            const auto* u = lookupText(units_, m.unit, language);
            out += u ? *u : (m.unit == "%" || m.unit == "°" ? "" : " ") + m.unit;
        }
    }
    return out;
}

std::string CheckTexts::limit(const std::string& checkId, const std::string& valueJson,
                              const std::string& limitJson, const std::string& limitText,
                              const std::string& language) const {
    if (limitJson.empty()) {
        return limitText;
    }
    if (const auto* pattern = lookupText(limits_, checkId, language)) {
        if (auto text =
                fill(*pattern, readValues(valueJson, limitJson), templateLanguage(language))) {
            return *text;
        }
    }
    return limitText;
}

std::string CheckTexts::overlayLabel(const std::string& label, const std::string& language) const {
    const auto* text = lookupText(labels_, label, language);
    return text ? *text : label;
}

bool CheckTexts::hasTexts(const std::string& checkId, const std::string& language) const {
    return lookupText(measured_, checkId, language) != nullptr &&
           lookupText(limits_, checkId, language) != nullptr;
}

} // namespace gp::review
