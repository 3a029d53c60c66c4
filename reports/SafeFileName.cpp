#include "SafeFileName.h"

namespace gp::reports {

std::string safeFileName(std::string name) {
    for (auto& c : name) {
        if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\' ||
            c == '\'' || c == '"' || c == '<' || c == '>' || c == '|' ||
            static_cast<unsigned char>(c) < 0x20) {
            c = '_';
        }
    }
    return name.empty() ? "_" : name;
}

} // namespace gp::reports
