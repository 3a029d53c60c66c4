#include "StatusLabels.h"

#include <wx/intl.h>

namespace gp::gui {

wxString statusLabel(domain::StudentStatus status) {
    using domain::StudentStatus;
    switch (status) {
    case StudentStatus::NotSubmitted:
        return _("Not submitted");
    case StudentStatus::AwaitingCheck:
        return _("Awaiting check");
    case StudentStatus::AwaitingReview:
        return _("Awaiting review");
    case StudentStatus::Approved:
        return _("Approved");
    case StudentStatus::Retake:
        return _("Retake");
    case StudentStatus::Packed:
        return _("Packed for CHSI");
    case StudentStatus::Mailed:
        return _("Mailed");
    }
    return wxString::FromUTF8(std::string(domain::toCode(status)));
}

} // namespace gp::gui
