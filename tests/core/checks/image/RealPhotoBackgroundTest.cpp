// Real photos (../shared/testdata/photos/portraits, see labels.csv), given a generous rough
// person mask (the middle three fifths from just below the top, and everything below three
// fifths of the height): what remains is background beside and above the person.
// hivision-test1 (street) and -test2 (busy room) fail background.uniform; hivision-test0 and
// -test3 (plain light grey) and -test4 (plain beige) pass it, and the beige one fails
// background.colour.
#include "core/checks/PhotoProfile.h"
#include "core/checks/measures/ImageChecks.h"
#include "tests/support/FixedCheckContext.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <ostream>
#include <sstream>

namespace gp::test {
namespace {

using checks::Verdict;

struct RealPhoto {
    std::string file;
    Verdict uniform;
    Verdict colour;
};

void PrintTo(const RealPhoto& photo, std::ostream* os) {
    *os << photo.file;
}

class RealPhotoBackgroundTest : public ::testing::TestWithParam<RealPhoto> {};

TEST_P(RealPhotoBackgroundTest, BackgroundChecksJudgeTheRealBackground) {
    const auto file =
        std::filesystem::path(GRADPHOTO_TESTDATA_PHOTOS) / "portraits" / GetParam().file;
    if (!std::filesystem::exists(file)) {
        GTEST_SKIP() << "missing " << file;
    }
    const auto profile = checks::PhotoProfile::load(std::filesystem::path(GRADPHOTO_TEMPLATES_DIR) /
                                                    "profiles" / "chsi-2017.json");
    FixedCheckContext context(profile);
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    context.bytes_ = buffer.str();
    context.fileName_ = file.filename().string();
    context.image_ = cv::imread(file.string(), cv::IMREAD_COLOR);
    ASSERT_FALSE(context.image_.empty());
    const int w = context.image_.cols, h = context.image_.rows;
    context.mask_ = cv::Mat::zeros(h, w, CV_8UC1);
    cv::rectangle(context.mask_, cv::Rect(w / 5, h / 12, w * 3 / 5, h), cv::Scalar(255),
                  cv::FILLED);
    cv::rectangle(context.mask_, cv::Rect(0, h * 3 / 5, w, h), cv::Scalar(255), cv::FILLED);

    const auto uniform = checks::makeBackgroundUniformCheck()->run(context);
    EXPECT_EQ(checks::toCode(uniform.verdict), checks::toCode(GetParam().uniform))
        << uniform.detail;
    if (uniform.verdict == Verdict::Fail) {
        EXPECT_EQ(uniform.reasonCode, "background_invalid");
        EXPECT_GT(uniform.measures.front().value,
                  profile.number("background.max_cell_spread_delta_e"));
    }
    const auto colour = checks::makeBackgroundColourCheck()->run(context);
    EXPECT_EQ(checks::toCode(colour.verdict), checks::toCode(GetParam().colour)) << colour.detail;
}

INSTANTIATE_TEST_SUITE_P(
    Hivision, RealPhotoBackgroundTest,
    ::testing::Values(RealPhoto{"hivision-test1.jpg", Verdict::Fail, Verdict::Fail},
                      RealPhoto{"hivision-test2.jpg", Verdict::Fail, Verdict::Fail},
                      RealPhoto{"hivision-test3.jpg", Verdict::Pass, Verdict::Pass},
                      RealPhoto{"hivision-test4.jpg", Verdict::Pass, Verdict::Fail}),
    [](const ::testing::TestParamInfo<RealPhoto>& param) {
        auto name = param.param.file.substr(0, param.param.file.find('.'));
        name.erase(std::remove(name.begin(), name.end(), '-'), name.end());
        return name;
    });

} // namespace
} // namespace gp::test
