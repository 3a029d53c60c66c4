// The console's UI language: English source strings, translated through wx's catalogues
// (gradphoto.mo) found under the locale folder.
#pragma once

#include <wx/string.h>

#include <filesystem>

namespace gp::gui {

/// Installs wx translations for language ("zh_CN", "en"; empty = the system's language).
void setupTranslations(const std::filesystem::path& localeDir, const wxString& language);

} // namespace gp::gui
