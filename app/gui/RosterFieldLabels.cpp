#include "RosterFieldLabels.h"

#include "Text.h"

#include <wx/intl.h>

#include <map>

namespace gp::gui {

std::string rosterFieldLabel(const std::string& code) {
    if (code.rfind("extra:", 0) == 0) {
        return code.substr(6);
    }
    static const std::map<std::string, const char*> labels{
        {"student_no", wxTRANSLATE("Student number")},
        {"name", wxTRANSLATE("Name")},
        {"sex", wxTRANSLATE("Sex")},
        {"id_number", wxTRANSLATE("ID number")},
        {"id_type", wxTRANSLATE("Document type")},
        {"birth_date", wxTRANSLATE("Birth date")},
        {"ethnicity", wxTRANSLATE("Ethnicity")},
        {"level", wxTRANSLATE("Level")},
        {"major", wxTRANSLATE("Major")},
        {"grade", wxTRANSLATE("Grade")},
        {"center", wxTRANSLATE("Teaching center")},
        {"class_name", wxTRANSLATE("Class")},
        {"phone", wxTRANSLATE("Phone")},
        {"exam_no", wxTRANSLATE("Exam number")},
        {"collection_code", wxTRANSLATE("Collection code")},
        {"graduation_term", wxTRANSLATE("Graduation term")},
        {"mailing_address", wxTRANSLATE("Mailing address")},
    };
    const auto it = labels.find(code);
    return it == labels.end() ? code : utf8(wxGetTranslation(it->second));
}

} // namespace gp::gui
