#include "core/common/Masking.h"

#include <gtest/gtest.h>

namespace gp {
namespace {

TEST(Masking, IdNumberKeepsFirstAndLastFour) {
    EXPECT_EQ(maskIdNumber("61010219900307123X"), "6101**********123X");
    EXPECT_EQ(maskIdNumber("610102900307123"), "6101*******7123");
    EXPECT_EQ(maskIdNumber("E1234567"), "********");
}

TEST(Masking, PhoneKeepsFirstThreeAndLastFour) {
    EXPECT_EQ(maskPhone("13812345678"), "138****5678");
    EXPECT_EQ(maskPhone("1234"), "****");
}

TEST(Masking, FreeTextMasksEveryIdAndMobileNumber) {
    EXPECT_EQ(maskSensitive("student 2021001 id 61010219900307123X phone 13812345678."),
              "student 2021001 id 6101**********123X phone 138****5678.");
    EXPECT_EQ(maskSensitive("身份证号:610102199003071234,电话:13912345678"),
              "身份证号:6101**********1234,电话:139****5678");
    EXPECT_EQ(maskSensitive("old id 610102900307123 end"), "old id 6101*******7123 end");
}

TEST(Masking, FreeTextLeavesOtherNumbersAlone) {
    // 学号 and 考生号 are not personal numbers; a 14-digit exam number must stay readable.
    EXPECT_EQ(maskSensitive("学号 2021001 考生号 21110101150123"),
              "学号 2021001 考生号 21110101150123");
    // Longer digit runs are not IDs or phone numbers.
    EXPECT_EQ(maskSensitive("sha 0123456789012345678901234"), "sha 0123456789012345678901234");
    EXPECT_EQ(maskSensitive("n 138123456789"), "n 138123456789");
}

TEST(Masking, NumbersInFileNamesFullWidthAndGroupedForms) {
    EXPECT_EQ(maskSensitive("photo610102199003071234.jpg"), "photo6101**********1234.jpg");
    EXPECT_EQ(maskSensitive("sfz61010219900307123x"), "sfz6101**********123x");
    EXPECT_EQ(maskSensitive("证件 ６１０１０２１９９００３０７１２３Ｘ"),
              "证件 6101**********123X");
    EXPECT_EQ(maskSensitive("tel +8613812345678"), "tel +86*******5678");
    EXPECT_EQ(maskSensitive("tel 138 1234 5678 or 138-1234-5678"),
              "tel 138******5678 or 138******5678");
}

} // namespace
} // namespace gp
