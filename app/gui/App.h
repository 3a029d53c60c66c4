// The wxWidgets application: `gradphoto [WORKSPACE]` opens that workspace, or the last one, or
// the welcome screen.
#pragma once

#include "core/common/Clock.h"

#include <wx/app.h>

#include <memory>

class wxConfigBase;

namespace gp::gui {

class App : public wxApp {
public:
    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

private:
    SystemClock clock_;
    wxString workspaceArg_;
};

} // namespace gp::gui
