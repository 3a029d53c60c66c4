// gradphoto: the wxWidgets console.
#include "App.h"

wxIMPLEMENT_APP(gp::gui::App);
