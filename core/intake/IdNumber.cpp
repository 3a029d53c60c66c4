#include "IdNumber.h"

#include "TextNormalization.h"

#include <algorithm>
#include <cctype>

namespace gp::intake {
namespace {

bool validDate(int y, int m, int d, int currentYear) {
    if (y < 1900 || y > currentYear || m < 1 || m > 12 || d < 1) {
        return false;
    }
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int max = m == 2 && leap ? 29 : days[m - 1];
    return d <= max;
}

int digits(std::string_view s, std::size_t pos, std::size_t n) {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

std::string isoDate(int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

bool contains(std::string_view text, std::string_view word) {
    return text.find(word) != std::string_view::npos;
}

} // namespace

bool IdCheck::hasError() const {
    return std::any_of(problems.begin(), problems.end(), [](const auto& p) { return p.error; });
}

DocumentType documentTypeFromText(std::string_view t) {
    if (t.empty()) {
        return DocumentType::Unspecified;
    }
    if (contains(t, "居住证") || contains(t, "permit") || contains(t, "Permit")) {
        return DocumentType::ResidencePermit;
    }
    if (contains(t, "护照") || contains(t, "通行证") || contains(t, "台胞证") ||
        contains(t, "回乡证") || contains(t, "assport")) {
        return DocumentType::Passport;
    }
    if (contains(t, "身份证") || contains(t, "ID card") || contains(t, "Resident ID")) {
        return DocumentType::ResidentId;
    }
    return DocumentType::Unspecified;
}

char mod11_2CheckCharacter(std::string_view first17) {
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char codes[] = "10X98765432";
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) {
        sum += (first17[i] - '0') * weights[i];
    }
    return codes[sum % 11];
}

IdCheck checkIdNumber(std::string_view raw, DocumentType documentType, int currentYear) {
    IdCheck r;
    std::string id(raw);
    if (!id.empty() && (id.back() == 'x')) {
        id.back() = 'X';
    }
    r.normalized = id;
    if (looksScientific(id)) {
        r.problems.push_back({"id_scientific", true});
        return r;
    }
    if (documentType == DocumentType::Passport) {
        // Passports and travel permits: letters and digits, 5 to 20 of them.
        const bool plain =
            std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
        r.kind = IdKind::Passport;
        if (!plain || id.size() < 5 || id.size() > 20) {
            r.problems.push_back({"id_bad_characters", true});
        }
        return r;
    }
    const bool body17Digits = id.size() == 18 && allDigits(std::string_view(id).substr(0, 17)) &&
                              (std::isdigit(static_cast<unsigned char>(id[17])) || id[17] == 'X');
    if (id.size() == 15 && allDigits(id)) {
        r.kind = IdKind::Mainland15;
        r.problems.push_back({"id_fifteen_digit", false});
        const int y = 1900 + digits(id, 6, 2), m = digits(id, 8, 2), d = digits(id, 10, 2);
        if (validDate(y, m, d, currentYear)) {
            r.birthDate = isoDate(y, m, d);
        } else {
            r.problems.push_back({"id_bad_birth_date", true});
        }
        r.sex = (id[14] - '0') % 2 == 1 ? "男" : "女";
        return r;
    }
    if (id.size() != 18) {
        const bool plain =
            std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
        r.problems.push_back({plain ? "id_bad_length" : "id_bad_characters", true});
        return r;
    }
    if (!body17Digits) {
        r.problems.push_back({"id_bad_characters", true});
        return r;
    }
    const bool permit = id.starts_with("81") || id.starts_with("82") || id.starts_with("83");
    r.kind = permit ? IdKind::ResidencePermit : IdKind::Mainland;
    if (permit && documentType != DocumentType::ResidencePermit) {
        r.problems.push_back({"id_needs_document_type", true});
    }
    if (mod11_2CheckCharacter(id) != id[17]) {
        r.problems.push_back({"id_bad_check", true});
    }
    const int y = digits(id, 6, 4), m = digits(id, 10, 2), d = digits(id, 12, 2);
    if (validDate(y, m, d, currentYear)) {
        r.birthDate = isoDate(y, m, d);
    } else {
        r.problems.push_back({"id_bad_birth_date", true});
    }
    r.sex = (id[16] - '0') % 2 == 1 ? "男" : "女";
    return r;
}

} // namespace gp::intake
