// The Reports menu's work: asks where to write (the workspace's exports/ by default), runs one
// report kind of reports/ (the same code as `gradphoto-cli report KIND`) as a background job
// with progress and Cancel, then shows what was written and what could not be done. Packages,
// which record a batch and move students to 已打包 / 已邮寄, ask for confirmation first.
#pragma once

#include "core/common/DataPaths.h"

#include <wx/string.h>

#include <filesystem>
#include <string>
#include <vector>

namespace gp::gui {

class ImportController;
class MainFrame;

class ReportController {
public:
    ReportController(MainFrame& frame, ImportController& jobs, DataPaths paths);

    /// The report kinds in menu order: their ids (as on the command line) and menu labels.
    struct MenuEntry {
        std::string kind;
        wxString label;
        wxString help;
    };
    static std::vector<MenuEntry> menuEntries();

    /// Asks for the output folder, then runs the kind ("all": the four sheets).
    void chooseAndRun(const std::string& kind);
    /// Runs the kind into folder without asking (the confirmation for packages is still shown
    /// through the frame's dialog runner).
    void run(const std::string& kind, const std::filesystem::path& folder);

private:
    MainFrame& frame_;
    ImportController& jobs_;
    DataPaths paths_;
};

} // namespace gp::gui
