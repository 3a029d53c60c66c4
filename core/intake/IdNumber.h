// Identity document numbers on the roster: mainland resident ID (GB 11643-1999: 6 region
// digits, 8 birth-date digits, 3 sequence digits with the sex in the last, ISO 7064 MOD 11-2
// check character), the pre-1999 15-digit form, residence permits for Hong Kong, Macao and
// Taiwan residents (18 characters starting 81/82/83, same check), passports and travel permits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gp::intake {

enum class IdKind { Mainland, Mainland15, ResidencePermit, Passport, Unknown };

/// What a document-type column (证件类型) says; Unspecified when there is no such column or
/// the cell is empty.
enum class DocumentType { Unspecified, ResidentId, ResidencePermit, Passport };

DocumentType documentTypeFromText(std::string_view text);

struct IdProblem {
    std::string code;  ///< id_scientific, id_bad_characters, id_bad_length, id_bad_check,
                       ///< id_bad_birth_date, id_fifteen_digit, id_needs_document_type
    bool error = true; ///< false: a warning, the row still imports
};

struct IdCheck {
    IdKind kind = IdKind::Unknown;
    std::string normalized; ///< upper-case X, nothing else changed
    std::string birthDate;  ///< yyyy-mm-dd when the number carries one and it is valid
    std::string sex;        ///< 男 / 女 when the number carries one
    std::vector<IdProblem> problems;

    bool hasError() const;
};

/// The ISO 7064 MOD 11-2 check character of the first 17 characters ('0'-'9' or 'X').
char mod11_2CheckCharacter(std::string_view first17);

/// Checks one number. currentYear bounds plausible birth years (1900..currentYear).
IdCheck checkIdNumber(std::string_view value, DocumentType documentType, int currentYear);

} // namespace gp::intake
