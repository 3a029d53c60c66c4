#include "TextWrap.h"

#include <wx/tokenzr.h>
#include <wx/window.h>

namespace gp::gui {
namespace {

bool isCjk(wxUniChar c) {
    const auto v = c.GetValue();
    return (v >= 0x2E80 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF) ||
           (v >= 0xFF00 && v <= 0xFFEF);
}

/// Punctuation that must not start a line (、。，：；！？）」』〕) keeps to the previous one.
bool noBreakBefore(wxUniChar c) {
    return wxString(L"、。，：；！？）」』〕”’》").Find(c) != wxNOT_FOUND;
}

wxString wrapParagraph(const wxWindow& window, const wxString& paragraph, int width) {
    wxString out;
    wxString line;
    size_t breakAt = wxString::npos; // index in line after which a break may go
    for (size_t i = 0; i < paragraph.length(); ++i) {
        const wxUniChar c = paragraph[i];
        line += c;
        if (window.GetTextExtent(line).GetWidth() > width && breakAt != wxString::npos) {
            wxString rest = line.Mid(breakAt + 1);
            out += line.Left(breakAt + 1).Strip(wxString::trailing) + "\n";
            line = rest.Strip(wxString::leading);
            breakAt = wxString::npos;
        }
        const bool nextIsClosing = i + 1 < paragraph.length() && noBreakBefore(paragraph[i + 1]);
        if ((c == ' ' || isCjk(c)) && !nextIsClosing && !line.empty()) {
            breakAt = line.length() - 1;
        }
    }
    return out + line;
}

} // namespace

wxString wrapText(const wxWindow& window, const wxString& text, int width) {
    wxString out;
    wxStringTokenizer paragraphs(text, "\n", wxTOKEN_RET_EMPTY_ALL);
    bool first = true;
    while (paragraphs.HasMoreTokens()) {
        if (!first) {
            out += "\n";
        }
        first = false;
        out += wrapParagraph(window, paragraphs.GetNextToken(), width);
    }
    return out;
}

} // namespace gp::gui
