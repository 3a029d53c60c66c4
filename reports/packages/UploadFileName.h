// How a photo is named in the upload package: a rule from templates/reports/upload-package.json
// (id-number → "{id_number}.jpg", student-no, exam-no, collection-code) or a pattern of one's
// own ("{student_no}_{name}.jpg"). The name must end in the profile's extension; a student
// lacking a field the rule uses, or whose value would make an unsafe name, gets no name.
#pragma once

#include "TemplateFile.h"
#include "core/domain/Student.h"

#include <string>

namespace gp::reports {

class UploadFileName {
public:
    /// rule: a rule id or a pattern; empty for the template's default. Throws UserError for an
    /// unknown rule or a pattern that does not end in extension.
    UploadFileName(const TemplateFile& tmpl, const std::string& rule, const std::string& extension);

    struct Named {
        std::string name;         ///< empty when a field is missing; not to be used when unsafe
        std::string missingField; ///< the field's Chinese label, when one is empty
        bool unsafe = false;      ///< a value holds / \ or a control character, or is ".."
    };
    Named nameFor(const domain::Student& student) const;

    const std::string& pattern() const { return pattern_; }

private:
    std::string pattern_;
    TextValues labels_; ///< field → Chinese label
};

} // namespace gp::reports
