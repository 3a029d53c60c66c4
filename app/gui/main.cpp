// gradphoto: the wxWidgets console.
#include "App.h"
#include "CommandLine.h"
#include "core/common/BlasKernel.h"

wxIMPLEMENT_APP_NO_MAIN(gp::gui::App);

int main(int argc, char** argv) {
    if (gp::gui::printHelpIfAsked(argc, argv)) { // works without a display
        return 0;
    }
    gp::preferFastBlasKernel(argv); // before anything else: it may run the program again
    return wxEntry(argc, argv);
}
