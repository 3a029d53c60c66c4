#include "Translations.h"

#include <wx/translation.h>

namespace gp::gui {

void setupTranslations(const std::filesystem::path& localeDir, const wxString& language) {
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(localeDir.string()));
    auto* translations = new wxTranslations();
    if (!language.empty()) {
        translations->SetLanguage(language);
    }
    translations->AddStdCatalog();
    translations->AddCatalog("gradphoto");
    wxTranslations::Set(translations); // wx takes ownership
}

std::string messageLanguage() {
    auto* translations = wxTranslations::Get();
    return translations != nullptr && translations->GetBestTranslation("gradphoto").StartsWith("zh")
               ? "zh_CN"
               : "en";
}

} // namespace gp::gui
