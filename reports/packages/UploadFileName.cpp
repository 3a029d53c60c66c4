#include "UploadFileName.h"

#include "core/common/UserError.h"

namespace gp::reports {
namespace {

const char* const kFields[] = {"id_number", "student_no", "exam_no", "collection_code", "name"};

bool unsafeValue(const std::string& v) {
    if (v == "." || v == "..") {
        return true;
    }
    for (const unsigned char c : v) {
        if (c < 0x20 || c == '/' || c == '\\' || c == ':' || c == 0x7F) {
            return true;
        }
    }
    return false;
}

} // namespace

UploadFileName::UploadFileName(const TemplateFile& tmpl, const std::string& rule,
                               const std::string& extension) {
    const auto id = rule.empty() ? tmpl.text("file_name") : rule;
    if (id.find('{') != std::string::npos) {
        pattern_ = id;
    } else if (tmpl.has("file_name_rules." + id)) {
        pattern_ = tmpl.text("file_name_rules." + id);
    } else {
        throw UserError("There is no file-name rule \"" + id + "\".",
                        "Use id-number, student-no, exam-no or collection-code, or a pattern "
                        "such as {student_no}.jpg.");
    }
    if (pattern_.size() <= extension.size() ||
        pattern_.compare(pattern_.size() - extension.size(), extension.size(), extension) != 0) {
        throw UserError(
            "The file-name pattern \"" + pattern_ + "\" does not end in " + extension + ".",
            "CHSI takes " + extension + " files; end the pattern with " + extension + ".");
    }
    for (const char* field : kFields) {
        const auto key = std::string("fields.") + field;
        labels_[field] = tmpl.has(key) ? tmpl.text(key) : field;
    }
}

UploadFileName::Named UploadFileName::nameFor(const domain::Student& s) const {
    const TextValues values{{"id_number", s.idNumber},
                            {"student_no", s.studentNo},
                            {"exam_no", s.examNo},
                            {"collection_code", s.collectionCode},
                            {"name", s.name}};
    Named named;
    for (const auto& [field, value] : values) {
        if (pattern_.find("{" + field + "}") == std::string::npos) {
            continue;
        }
        if (value.empty()) {
            named.missingField = labels_.at(field);
            return named;
        }
        if (unsafeValue(value)) {
            named.unsafe = true;
        }
    }
    named.name = fillText(pattern_, values);
    return named;
}

} // namespace gp::reports
