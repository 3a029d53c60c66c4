#include "core/intake/photos/FileNameKeys.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

namespace gp::intake {
namespace {

using ::testing::ElementsAre;

TEST(FileNameKeys, PlainNumber) {
    EXPECT_THAT(candidateKeys("2021001.jpg"), ElementsAre("2021001"));
}

TEST(FileNameKeys, DropsThePath) {
    EXPECT_THAT(candidateKeys("photos/班级1/2021001.jpg"), ElementsAre("2021001"));
    EXPECT_THAT(candidateKeys("photos\\2021001.jpg"), ElementsAre("2021001"));
}

TEST(FileNameKeys, NamePrefix) {
    EXPECT_THAT(candidateKeys("张三_2021001.jpg"), ElementsAre("张三_2021001", "2021001"));
    EXPECT_THAT(candidateKeys("张三 2021001.JPG"), ElementsAre("张三 2021001", "2021001"));
    EXPECT_THAT(candidateKeys("张三2021001.jpg"), ElementsAre("张三2021001", "2021001"));
}

TEST(FileNameKeys, NameSuffix) {
    EXPECT_THAT(candidateKeys("2021001-张三.jpeg"), ElementsAre("2021001-张三", "2021001"));
}

TEST(FileNameKeys, RetakeSuffixes) {
    EXPECT_THAT(candidateKeys("2021001_1.jpg"), ElementsAre("2021001_1", "2021001"));
    EXPECT_THAT(candidateKeys("2021001-2.jpg"), ElementsAre("2021001-2", "2021001"));
    EXPECT_THAT(candidateKeys("2021001(1).jpg"), ElementsAre("2021001(1)", "2021001"));
    EXPECT_THAT(candidateKeys("2021001（1）.JPG"), ElementsAre("2021001(1)", "2021001"));
    EXPECT_THAT(candidateKeys("2021001 (2).jpg"), ElementsAre("2021001 (2)", "2021001"));
    EXPECT_THAT(candidateKeys("2021001_12.jpg"), ElementsAre("2021001_12", "2021001"));
}

TEST(FileNameKeys, RetakeSuffixAfterANamePrefix) {
    EXPECT_THAT(candidateKeys("张三_2021001_1.jpg"),
                ElementsAre("张三_2021001_1", "张三_2021001", "2021001"));
}

TEST(FileNameKeys, LongNumbersAfterASeparatorAreNoRetakeSuffix) {
    // "_2021001" is a key, not retake number 2021001.
    EXPECT_THAT(candidateKeys("2020_2021001.jpg"), ElementsAre("2020_2021001", "2020", "2021001"));
}

TEST(FileNameKeys, FullWidthDigitsAreFolded) {
    EXPECT_THAT(candidateKeys("２０２１００１.jpg"), ElementsAre("2021001"));
    EXPECT_THAT(candidateKeys("张三＿２０２１００１．jpg"), ElementsAre("张三_2021001", "2021001"));
}

TEST(FileNameKeys, IdNumberWithLowerCaseX) {
    EXPECT_THAT(candidateKeys("61010219900307123x.jpg"), ElementsAre("61010219900307123X"));
    EXPECT_THAT(candidateKeys("张三_61010219900307123x.jpg"),
                ElementsAre("张三_61010219900307123X", "61010219900307123X"));
    EXPECT_THAT(candidateKeys("61010219900307123x_1.jpg"),
                ElementsAre("61010219900307123x_1", "61010219900307123X"));
    EXPECT_THAT(candidateKeys("６１０１０２１９９００３０７１２３ｘ.jpg"),
                ElementsAre("61010219900307123X"));
}

TEST(FileNameKeys, TrimsSpaces) {
    EXPECT_THAT(candidateKeys("  2021001 .jpg"), ElementsAre("2021001"));
    EXPECT_THAT(candidateKeys("\xE3\x80\x80"
                              "2021001.jpg"),
                ElementsAre("2021001")); // U+3000
}

TEST(FileNameKeys, NoEmptyKeysNoDuplicates) {
    EXPECT_THAT(candidateKeys(".jpg"), ElementsAre(".jpg", "jpg")); // a dot file: no extension
    EXPECT_TRUE(candidateKeys("").empty());
    EXPECT_TRUE(candidateKeys("   .jpg").empty());
    EXPECT_THAT(candidateKeys("(1).jpg"), ElementsAre("(1)"));
    for (const auto& keys : {candidateKeys("2021001_2021001.jpg"), candidateKeys("a-a-a.jpg")}) {
        std::set<std::string> unique(keys.begin(), keys.end());
        EXPECT_EQ(unique.size(), keys.size());
        for (const auto& key : keys) {
            EXPECT_FALSE(key.empty());
        }
    }
}

TEST(FileNameKeys, NoExtension) {
    EXPECT_THAT(candidateKeys("2021001"), ElementsAre("2021001"));
}

} // namespace
} // namespace gp::intake
