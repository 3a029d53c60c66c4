// What the console says when a face comparison could not be made, per state code
// (no_reference, no_face_submission, unreadable_reference, ...; see domain::FaceComparison),
// as one sentence per language from templates/face-states.json.
#pragma once

#include "TemplateTexts.h"

#include <filesystem>
#include <string>

namespace gp::review {

class FaceStateTexts {
public:
    /// Reads templates/face-states.json; a missing or unreadable file leaves the codes.
    static FaceStateTexts load(const std::filesystem::path& file);

    /// The state's sentence in the language; the code itself when the template has none.
    std::string sentence(const std::string& state, const std::string& language) const;
    bool has(const std::string& state, const std::string& language) const;

private:
    LanguageTexts states_;
};

} // namespace gp::review
