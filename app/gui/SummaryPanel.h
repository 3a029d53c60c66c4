// The open workspace at a glance: campaign, profile, and what it holds.
#pragma once

#include "core/store/WorkspaceSummary.h"

#include <wx/panel.h>

class wxListCtrl;
class wxStaticText;

namespace gp::gui {

class SummaryPanel : public wxPanel {
public:
    /// utcOffsetMinutes: the campaign's local time, in which dates are shown.
    SummaryPanel(wxWindow* parent, int utcOffsetMinutes);

    void show(const store::WorkspaceSummary& summary, const wxString& profileName);
    /// The workspace's name and details, and a line saying the counts are on their way.
    void showCounting(const store::WorkspaceSummary& header, const wxString& profileName);

    /// The rows as shown (label, count), for tests.
    wxString rowLabel(long row) const;
    wxString rowValue(long row) const;
    long rowCount() const;

private:
    void showHeader(const store::WorkspaceSummary& summary, const wxString& profileName);
    void addRow(const wxString& label, std::size_t value, const wxString& note = {});

    wxStaticText* title_ = nullptr;
    wxStaticText* details_ = nullptr;
    wxListCtrl* counts_ = nullptr;
    int utcOffset_ = 0; ///< minutes east of UTC of the campaign's clock
};

} // namespace gp::gui
