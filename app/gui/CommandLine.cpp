#include "CommandLine.h"

#include <wx/cmdline.h>

#include <cstring>
#include <iostream>

namespace gp::gui {

void describeCommandLine(wxCmdLineParser& parser) {
    parser.SetLogo("GradPhoto Console: review graduate photos against the photo standard.");
    parser.AddParam("WORKSPACE", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
}

bool printHelpIfAsked(int argc, char** argv) {
    bool asked = false;
    for (int i = 1; i < argc; ++i) {
        asked = asked || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0;
    }
    if (!asked) {
        return false;
    }
    wxCmdLineParser parser(argc, argv);
    // The options wxApp adds for every program.
    parser.AddSwitch("h", "help", "show this help message", wxCMD_LINE_OPTION_HELP);
    parser.AddSwitch("", "verbose", "generate verbose log messages");
    describeCommandLine(parser);
    std::cout << parser.GetUsageString().utf8_string();
    return true;
}

} // namespace gp::gui
