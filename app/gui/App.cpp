#include "App.h"

#include "CommandLine.h"
#include "MainFrame.h"
#include "Text.h"
#include "Translations.h"
#include "core/common/DataPaths.h"

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/image.h>
#include <wx/intl.h>

namespace gp::gui {

void App::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    describeCommandLine(parser);
}

bool App::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (parser.GetParamCount() > 0) {
        workspaceArg_ = parser.GetParam(0);
    }
    return wxApp::OnCmdLineParsed(parser);
}

bool App::OnInit() {
    SetAppName("gradphoto");
    SetAppDisplayName("GradPhoto Console");
    // The review screen shows JPEG and PNG photos through wxImage: without the handlers every
    // photo would show as undecodable.
    wxInitAllImageHandlers();
    const auto env = processEnvironment();
    const auto paths = DataPaths::resolve(env, currentExecutable());
    // GRADPHOTO_LANG wins over the language chosen in the settings.
    wxString language = wx(env("GRADPHOTO_LANG").value_or(""));
    if (language.empty()) {
        language = wxConfigBase::Get()->Read("/Language", wxString());
    }
    setupTranslations(paths.locale, language);
    if (!wxApp::OnInit()) {
        return false;
    }
    auto* frame = new MainFrame(clock_, paths, *wxConfigBase::Get());
    frame->Show();
    wxString toOpen = workspaceArg_;
    if (toOpen.empty()) {
        wxConfigBase::Get()->Read("/LastWorkspace", &toOpen);
    }
    if (!toOpen.empty()) {
        frame->openWorkspace(utf8(toOpen));
    }
    return true;
}

int App::OnExit() {
    delete wxConfigBase::Set(nullptr);
    return wxApp::OnExit();
}

} // namespace gp::gui
