// The roster's fields as the console names them (学号, 姓名, 联系电话, ...), translated; a
// column kept as an extra attribute ("extra:<header>") is named by its header.
#pragma once

#include <string>

namespace gp::gui {

std::string rosterFieldLabel(const std::string& code);

} // namespace gp::gui
