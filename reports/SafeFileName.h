// A name from the workspace (a teaching center's, say) made safe as an Excel sheet name and as
// a file name on every system the packages travel to: the characters either refuses become "_".
#pragma once

#include <string>

namespace gp::reports {

std::string safeFileName(std::string name);

} // namespace gp::reports
