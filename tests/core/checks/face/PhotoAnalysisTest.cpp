// The photo analysis: a large JPEG analysed on a working image decoded at reduced scale, with
// its original size kept for the file checks; coordinates of a downscaled detection mapped back
// to the working image; inputs computed once; the head top and person mask found from the
// pixels.
#include "FaceFixtures.h"
#include "core/checks/measures/ImageChecks.h"

#include <gtest/gtest.h>

namespace gp::test::face {
namespace {

const char* const kPortrait = "portraits/hivision-test3.jpg";

class PhotoAnalysisTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::filesystem::exists(photosDir() / kPortrait)) {
            GTEST_SKIP() << "test photos not found: " << (photosDir() / kPortrait).string();
        }
        if (!Shared::get().models) {
            GTEST_SKIP() << Shared::get().missing;
        }
    }
};

TEST_F(PhotoAnalysisTest, LargeJpegIsAnalysedAtReducedScaleAndKeepsItsOriginalSize) {
    auto& shared = Shared::get();
    const std::string bytes = readFile(photosDir() / kPortrait);
    checks::PhotoAnalysis small(bytes, "small.jpg", shared.profile, *shared.models);
    ASSERT_EQ(small.faces().size(), 1U);
    EXPECT_EQ(small.originalSize(), small.image().size()); // 512×715: decoded at full size
    cv::Mat big;
    cv::resize(small.image(), big, cv::Size(), 5.0, 5.0, cv::INTER_LINEAR); // 2560×3575
    checks::PhotoAnalysis large(encodeJpeg(big, 90), "large.jpg", shared.profile, *shared.models);
    // 1/4 scale is the strongest that keeps the longer side at least the profile's 640 px.
    EXPECT_EQ(large.originalSize(), big.size());
    ASSERT_EQ(large.image().size(), cv::Size((big.cols + 3) / 4, (big.rows + 3) / 4));
    EXPECT_EQ(large.fullImage().size(), big.size());
    ASSERT_EQ(large.faces().size(), 1U);
    const double k = 5.0 / 4.0; // small → working-image pixels
    const auto& a = small.faces().front();
    const auto& b = large.faces().front();
    EXPECT_NEAR(b.x, a.x * k, a.width * k * 0.1);
    EXPECT_NEAR(b.width, a.width * k, a.width * k * 0.15);
    const auto& la = small.landmarks().value();
    const auto& lb = large.landmarks().value();
    EXPECT_NEAR(lb[30].x, la[30].x * k, 4);
    EXPECT_NEAR(lb[30].y, la[30].y * k, 4);
    EXPECT_EQ(large.personMask().size(), large.image().size());
    // The file check judges the photo as stored, not the working image.
    const auto size = checks::makeFilePixelSizeCheck()->run(large);
    EXPECT_EQ(size.measures.at(0).value, big.cols);
    EXPECT_EQ(size.measures.at(1).value, big.rows);
    EXPECT_EQ(size.verdict, checks::Verdict::Fail);
}

TEST_F(PhotoAnalysisTest, InputsAreComputedOnce) {
    auto& shared = Shared::get();
    checks::PhotoAnalysis a(readFile(photosDir() / kPortrait), "p.jpg", shared.profile,
                            *shared.models);
    const auto* faces = &a.faces();
    const auto* image = a.image().data;
    EXPECT_EQ(&a.faces(), faces);
    EXPECT_EQ(a.image().data, image);
    EXPECT_EQ(&a.landmarks(), &a.landmarks());
}

TEST_F(PhotoAnalysisTest, HeadTopAndMaskOnTheCompliantFixture) {
    const Source s = analyseSource(photosDir() / kPortrait);
    const cv::Mat photo = place(s, {});
    auto& shared = Shared::get();
    checks::PhotoAnalysis a(encodeJpeg(photo), "f.jpg", shared.profile, *shared.models);
    ASSERT_TRUE(a.headTop().has_value());
    EXPECT_NEAR(*a.headTop(), placedHeadTop(s, {}), 8);
    const auto& mask = a.personMask();
    ASSERT_EQ(mask.size(), photo.size());
    EXPECT_EQ(mask.at<uchar>(5, 5), 0);
    EXPECT_EQ(mask.at<uchar>(5, 474), 0);
    EXPECT_EQ(mask.at<uchar>(static_cast<int>(placedEyeY(s, {})), 240), 255); // between the eyes
    EXPECT_EQ(mask.at<uchar>(600, 240), 255);                                 // the chest
    // Most of the top band above the head is background.
    EXPECT_LT(cv::countNonZero(mask.rowRange(0, 40)), 480 * 40 / 20);
}

TEST_F(PhotoAnalysisTest, BusyBackdropStillGivesAHeadTopAndAPlausibleMask) {
    const auto file = photosDir() / "identities/obama-1.jpg";
    auto& shared = Shared::get();
    checks::PhotoAnalysis a(readFile(file), "obama-1.jpg", shared.profile, *shared.models);
    ASSERT_FALSE(a.faces().empty());
    const auto& face = a.faces().front();
    ASSERT_TRUE(a.headTop().has_value());
    EXPECT_LT(*a.headTop(), face.y);
    EXPECT_GT(*a.headTop(), face.y - face.height);
    const auto& mask = a.personMask();
    EXPECT_EQ(mask.at<uchar>(face.y + face.height / 2, face.x + face.width / 2), 255);
}

} // namespace
} // namespace gp::test::face
