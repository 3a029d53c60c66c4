// GB 11643-1999 ID numbers and the other documents a roster carries.
#include "core/intake/IdNumber.h"

#include <gtest/gtest.h>

namespace gp::intake {
namespace {

/// A valid 18-character number from a region, birth date and sequence (check char computed).
std::string makeId(const std::string& first17) {
    return first17 + mod11_2CheckCharacter(first17);
}

bool hasCode(const IdCheck& c, const std::string& code) {
    for (const auto& p : c.problems) {
        if (p.code == code) {
            return true;
        }
    }
    return false;
}

TEST(IdNumber, CheckCharacterOfTheStandardsExample) {
    // GB 11643-1999's worked example.
    EXPECT_EQ(mod11_2CheckCharacter("11010519491231002"), 'X');
    const auto c = checkIdNumber("11010519491231002X", DocumentType::Unspecified, 2026);
    EXPECT_TRUE(c.problems.empty());
    EXPECT_EQ(c.kind, IdKind::Mainland);
    EXPECT_EQ(c.birthDate, "1949-12-31");
    EXPECT_EQ(c.sex, "女"); // sequence 002: even
}

TEST(IdNumber, LowerCaseXIsNormalised) {
    const auto c = checkIdNumber("11010519491231002x", DocumentType::Unspecified, 2026);
    EXPECT_TRUE(c.problems.empty());
    EXPECT_EQ(c.normalized, "11010519491231002X");
}

TEST(IdNumber, WrongCheckCharacterIsAnError) {
    const auto good = makeId("99010119900307123");
    auto bad = good;
    bad[17] = good[17] == '0' ? '1' : '0';
    const auto c = checkIdNumber(bad, DocumentType::Unspecified, 2026);
    EXPECT_TRUE(hasCode(c, "id_bad_check"));
    EXPECT_TRUE(c.hasError());
    // A single mistyped digit in the body is caught too.
    auto typo = good;
    typo[10] = typo[10] == '5' ? '6' : '5';
    EXPECT_TRUE(hasCode(checkIdNumber(typo, DocumentType::Unspecified, 2026), "id_bad_check"));
}

TEST(IdNumber, ImpossibleBirthDatesAreErrors) {
    for (const auto* body : {"99010119901307123", "99010119900230123", "99010120300101123",
                             "99010118990101123", "99010119000229123"}) {
        const auto c = checkIdNumber(makeId(body), DocumentType::Unspecified, 2026);
        EXPECT_TRUE(hasCode(c, "id_bad_birth_date")) << body;
    }
    // 2000 was a leap year.
    EXPECT_FALSE(
        hasCode(checkIdNumber(makeId("99010120000229123"), DocumentType::Unspecified, 2026),
                "id_bad_birth_date"));
}

TEST(IdNumber, SexComesFromTheSeventeenthDigit) {
    EXPECT_EQ(checkIdNumber(makeId("99010119900307123"), DocumentType::Unspecified, 2026).sex,
              "男");
    EXPECT_EQ(checkIdNumber(makeId("99010119900307124"), DocumentType::Unspecified, 2026).sex,
              "女");
}

TEST(IdNumber, FifteenDigitFormIsAWarning) {
    const auto c = checkIdNumber("990101900307123", DocumentType::Unspecified, 2026);
    EXPECT_EQ(c.kind, IdKind::Mainland15);
    EXPECT_TRUE(hasCode(c, "id_fifteen_digit"));
    EXPECT_FALSE(c.hasError());
    EXPECT_EQ(c.birthDate, "1990-03-07");
    EXPECT_EQ(c.sex, "男");
}

TEST(IdNumber, ExcelMangledAndMalformedNumbers) {
    EXPECT_TRUE(
        hasCode(checkIdNumber("6.10102E+17", DocumentType::Unspecified, 2026), "id_scientific"));
    EXPECT_TRUE(hasCode(checkIdNumber("6.10102199003071E+17", DocumentType::Unspecified, 2026),
                        "id_scientific"));
    EXPECT_TRUE(hasCode(checkIdNumber("6101021990030712", DocumentType::Unspecified, 2026),
                        "id_bad_length"));
    EXPECT_TRUE(hasCode(checkIdNumber("61010219900307-23X", DocumentType::Unspecified, 2026),
                        "id_bad_characters"));
    EXPECT_TRUE(hasCode(checkIdNumber("6101021990030712XX", DocumentType::Unspecified, 2026),
                        "id_bad_characters"));
}

TEST(IdNumber, ResidencePermitsNeedTheDocumentType) {
    const auto permit = makeId("81000019950101123");
    const auto without = checkIdNumber(permit, DocumentType::Unspecified, 2026);
    EXPECT_TRUE(hasCode(without, "id_needs_document_type"));
    const auto with = checkIdNumber(permit, documentTypeFromText("港澳台居民居住证"), 2026);
    EXPECT_TRUE(with.problems.empty());
    EXPECT_EQ(with.kind, IdKind::ResidencePermit);
}

TEST(IdNumber, PassportsAreAcceptedWhenTheDocumentTypeSaysSo) {
    EXPECT_TRUE(checkIdNumber("E12345678", DocumentType::Unspecified, 2026).hasError());
    const auto p = checkIdNumber("E12345678", documentTypeFromText("护照"), 2026);
    EXPECT_FALSE(p.hasError());
    EXPECT_EQ(p.kind, IdKind::Passport);
    EXPECT_FALSE(checkIdNumber("H0123456789", documentTypeFromText("港澳居民来往内地通行证"), 2026)
                     .hasError());
    EXPECT_TRUE(checkIdNumber("E1234 5678", documentTypeFromText("护照"), 2026).hasError());
}

TEST(IdNumber, DocumentTypes) {
    EXPECT_EQ(documentTypeFromText("居民身份证"), DocumentType::ResidentId);
    EXPECT_EQ(documentTypeFromText("台湾居民居住证"), DocumentType::ResidencePermit);
    EXPECT_EQ(documentTypeFromText("外国护照"), DocumentType::Passport);
    EXPECT_EQ(documentTypeFromText(""), DocumentType::Unspecified);
}

} // namespace
} // namespace gp::intake
