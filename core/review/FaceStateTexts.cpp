#include "FaceStateTexts.h"

namespace gp::review {

FaceStateTexts FaceStateTexts::load(const std::filesystem::path& file) {
    FaceStateTexts out;
    readLanguageTable(readTemplateObject(file), "states", out.states_);
    return out;
}

bool FaceStateTexts::has(const std::string& state, const std::string& language) const {
    return lookupText(states_, state, language) != nullptr;
}

std::string FaceStateTexts::sentence(const std::string& state, const std::string& language) const {
    const auto* text = lookupText(states_, state, language);
    return text ? *text : state;
}

} // namespace gp::review
