// Command ids shared by the menu, the toolbar and the panels' buttons.
#pragma once

#include <wx/defs.h>

namespace gp::gui::MenuId {

enum : int {
    NewWorkspace = wxID_HIGHEST + 1,
    OpenWorkspace,
    CloseWorkspace,
    RefreshSummary,
    RecentList,
    ImportRoster,
    ImportCenters,
    ImportPhotos,
    ImportEnrollmentPhotos,
    ImportIdCardPhotos,
    RunChecks,
    RunAllChecks,
    ShowReview,
    ShowDashboard,
    BatchApprove,
    Settings,
    ReportFirst, ///< one id per ReportController::menuEntries(), in order
    ReportLast = ReportFirst + 15,
};

} // namespace gp::gui::MenuId
