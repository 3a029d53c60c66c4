// The console's UI language: English source strings, translated through wx's catalogues
// (gradphoto.mo) found under the locale folder.
#pragma once

#include <wx/string.h>

#include <filesystem>
#include <string>

namespace gp::gui {

/// Installs wx translations for language ("zh_CN", "en"; empty = the system's language).
void setupTranslations(const std::filesystem::path& localeDir, const wxString& language);

/// The language for texts from templates/ catalogues: "zh_CN" when the UI speaks Chinese,
/// else "en".
std::string messageLanguage();

} // namespace gp::gui
