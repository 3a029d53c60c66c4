#include "ReviewListModel.h"

#include "CampaignTime.h"
#include "StatusLabels.h"
#include "Text.h"

#include <wx/intl.h>

namespace gp::gui {

wxString verdictLabel(const std::string& verdict) {
    if (verdict == "pass") {
        return _("Passed");
    }
    if (verdict == "review") {
        return _("Needs a look");
    }
    if (verdict == "fail") {
        return _("Failed");
    }
    if (verdict == "error") {
        return _("Check error");
    }
    return verdict.empty() ? wxString(_("Not checked")) : wx(verdict);
}

namespace {

/// The similarity with what it means, e.g. "92 same" / "41 different": the number alone does
/// not say which side of the thresholds it is on.
wxString similarityCell(const review::ReviewRow& r) {
    if (!r.similarity) {
        return wxString();
    }
    wxString meaning;
    if (r.faceOutcome == "match") {
        meaning = _("same");
    } else if (r.faceOutcome == "review") {
        meaning = _("unsure");
    } else if (r.faceOutcome == "no_match") {
        meaning = _("different");
    }
    return meaning.empty() ? wxString::Format("%.0f", *r.similarity)
                           : wxString::Format("%.0f %s", *r.similarity, meaning);
}

} // namespace

void ReviewListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned col) const {
    if (row >= list_.count()) {
        value = wxString();
        return;
    }
    const auto& r = list_.at(row);
    switch (col) {
    case StudentNo:
        value = wx(r.studentNo);
        break;
    case Name:
        value = wx(r.name);
        break;
    case Center: {
        const auto it = centers_.find(r.centerId);
        value = it != centers_.end() ? it->second : wxString();
        break;
    }
    case Status:
        value = statusLabel(r.status);
        break;
    case Verdict:
        value = r.photo == 0 ? wxString() : verdictLabel(r.verdict);
        break;
    case Similarity:
        value = similarityCell(r);
        break;
    case Duplicate:
        value = wx(review::listedDuplicate(r));
        break;
    case Round:
        value = r.photo == 0 ? wxString() : wxString::Format("%d", r.retakeRound());
        break;
    case Submitted:
        value = r.submittedAt.empty()
                    ? wxString()
                    : campaignTime(r.submittedAt, utcOffset_, TimeStyle::DateTime);
        break;
    default:
        value = wxString();
    }
}

bool ReviewListModel::GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const {
    if (row >= list_.count() ||
        (col != Status && col != Verdict && col != Duplicate && col != Similarity)) {
        return false;
    }
    const auto& r = list_.at(row);
    if (col == Similarity) {
        if (r.faceOutcome == "no_match") {
            attr.SetColour(wxColour(190, 40, 40));
            return true;
        }
        if (r.faceOutcome == "review") {
            attr.SetColour(wxColour(180, 110, 0));
            return true;
        }
        return false;
    }
    if (col == Duplicate) {
        attr.SetColour(wxColour(180, 110, 0));
        return r.duplicate;
    }
    using domain::StudentStatus;
    if (col == Status) {
        if (r.status == StudentStatus::Approved || r.status == StudentStatus::Packed ||
            r.status == StudentStatus::Mailed) {
            attr.SetColour(wxColour(30, 130, 50));
            return true;
        }
        if (r.status == StudentStatus::Retake) {
            attr.SetColour(wxColour(190, 40, 40));
            return true;
        }
        return false;
    }
    if (r.verdict == "fail" || r.verdict == "error") {
        attr.SetColour(wxColour(190, 40, 40));
        return true;
    }
    if (r.verdict == "review") {
        attr.SetColour(wxColour(180, 110, 0));
        return true;
    }
    return false;
}

} // namespace gp::gui
