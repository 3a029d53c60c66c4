// The student statuses as the console names them (translated: 未提交, 待检测, ...).
#pragma once

#include "core/domain/StudentStatus.h"

#include <wx/string.h>

namespace gp::gui {

wxString statusLabel(domain::StudentStatus status);

} // namespace gp::gui
