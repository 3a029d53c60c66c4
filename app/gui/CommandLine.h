// The console's command line: `gradphoto [WORKSPACE]`. Described once, for the running app and
// for --help, which is answered before the GUI starts so that it works without a display (the
// man page is written from it at build time).
#pragma once

class wxCmdLineParser;

namespace gp::gui {

/// Adds the console's own parameters to a parser that already has wx's standard options.
void describeCommandLine(wxCmdLineParser& parser);

/// When argv asks for help (-h, --help), prints the usage to standard output and returns true.
bool printHelpIfAsked(int argc, char** argv);

} // namespace gp::gui
