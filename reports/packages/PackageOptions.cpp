#include "PackageOptions.h"

#include "core/common/UserError.h"

#include <cstdlib>

namespace gp::reports {

namespace {

const std::string* optionText(const ReportRequest& request, const std::string& name) {
    const auto it = request.options.find(name);
    return it == request.options.end() ? nullptr : &it->second;
}

[[noreturn]] void badValue(const std::string& name, const std::string& value,
                           const std::string& wanted) {
    throw UserError("The option " + name + " has the value \"" + value + "\"; it must be " +
                        wanted + ".",
                    "Give --" + name + " a valid value, or leave it out for the template's.");
}

} // namespace

std::size_t positiveOption(const ReportRequest& request, const std::string& name,
                           std::size_t fallback) {
    const auto* text = optionText(request, name);
    if (text == nullptr) {
        return fallback;
    }
    char* end = nullptr;
    const long long v = std::strtoll(text->c_str(), &end, 10);
    if (text->empty() || *end != '\0' || v <= 0) {
        badValue(name, *text, "a whole number above 0");
    }
    return static_cast<std::size_t>(v);
}

double positiveNumberOption(const ReportRequest& request, const std::string& name,
                            double fallback) {
    const auto* text = optionText(request, name);
    if (text == nullptr) {
        return fallback;
    }
    char* end = nullptr;
    const double v = std::strtod(text->c_str(), &end);
    if (text->empty() || *end != '\0' || !(v > 0)) {
        badValue(name, *text, "a number above 0");
    }
    return v;
}

bool flagOption(const ReportRequest& request, const std::string& name) {
    const auto* text = optionText(request, name);
    if (text == nullptr) {
        return false;
    }
    if (*text == "" || *text == "1" || *text == "true" || *text == "yes") {
        return true;
    }
    if (*text == "0" || *text == "false" || *text == "no") {
        return false;
    }
    badValue(name, *text, "1 or 0");
}

std::optional<domain::Center> requestedCenter(store::WorkspaceStore& store,
                                              const ReportRequest& request) {
    if (!request.center || request.center->empty()) {
        return std::nullopt;
    }
    if (auto center = store.centers().byName(*request.center)) {
        return center;
    }
    std::string names;
    for (const auto& c : store.centers().all()) {
        names += (names.empty() ? "" : ", ") + c.name;
    }
    throw UserError("There is no teaching center named \"" + *request.center + "\".",
                    names.empty() ? "Import the centers first (centers import)."
                                  : "The centers are: " + names + ".");
}

} // namespace gp::reports
