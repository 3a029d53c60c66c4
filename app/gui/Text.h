// Conversions between the core's UTF-8 std::string and wxString.
#pragma once

#include <wx/string.h>

#include <filesystem>
#include <string>

namespace gp::gui {

inline wxString wx(const std::string& utf8) {
    return wxString::FromUTF8(utf8);
}
inline wxString wx(const std::filesystem::path& path) {
    return wxString::FromUTF8(path.string());
}
inline std::string utf8(const wxString& s) {
    return std::string(s.utf8_str());
}

} // namespace gp::gui
