#include "core/imaging/ImageDecoder.h"

#include "core/common/UserError.h"
#include "tests/core/imaging/ImageFixtures.h"

#include <gtest/gtest.h>

#include <map>

namespace gp::imaging {
namespace {

using test::drawPortrait;
using test::encode;
using test::jpeg;

bool isRed(const cv::Vec3b& bgr) {
    return bgr[2] > 180 && bgr[1] < 90 && bgr[0] < 90;
}

// Which corner of the decoded image the red marker ended up in.
std::string markerCorner(const cv::Mat& image) {
    const int x = image.cols - 3;
    const int y = image.rows - 3;
    std::string corner;
    for (const auto& [name, point] : std::vector<std::pair<std::string, cv::Point>>{
             {"TL", {2, 2}}, {"TR", {x, 2}}, {"BL", {2, y}}, {"BR", {x, y}}}) {
        if (isRed(image.at<cv::Vec3b>(point))) {
            corner += name;
        }
    }
    return corner;
}

TEST(ImageDecoder, DecodesJpegToEightBitBgr) {
    const cv::Mat image = decodeImage(jpeg(drawPortrait(120, 160)));
    EXPECT_EQ(image.type(), CV_8UC3);
    EXPECT_EQ(image.cols, 120);
    EXPECT_EQ(image.rows, 160);
    EXPECT_EQ(markerCorner(image), "TL");
}

TEST(ImageDecoder, DecodesGreyAndSixteenBitPngToEightBitBgr) {
    cv::Mat grey;
    cv::cvtColor(drawPortrait(60, 40), grey, cv::COLOR_BGR2GRAY);
    EXPECT_EQ(decodeImage(encode(grey, ".png")).type(), CV_8UC3);
    cv::Mat deep;
    drawPortrait(60, 40).convertTo(deep, CV_16UC3, 256.0);
    const cv::Mat decoded = decodeImage(encode(deep, ".png"));
    EXPECT_EQ(decoded.type(), CV_8UC3);
    EXPECT_EQ(markerCorner(decoded), "TL");
}

TEST(ImageDecoder, TurnsAJpegWithOrientation6Upright) {
    const std::string bytes = test::withExifOrientation(jpeg(drawPortrait(120, 160)), 6);
    const cv::Mat upright = decodeImage(bytes);
    EXPECT_EQ(upright.cols, 160);
    EXPECT_EQ(upright.rows, 120);
    EXPECT_EQ(markerCorner(upright), "TR") << "a quarter turn clockwise";
    const cv::Mat stored = decodeImage(bytes, {.applyOrientation = false});
    EXPECT_EQ(stored.cols, 120);
    EXPECT_EQ(stored.rows, 160);
    EXPECT_EQ(markerCorner(stored), "TL");
}

// The EXIF definition of each orientation: where the stored image's row 0 and column 0 are
// shown. From it, the corner each stored corner must end up in once upright.
struct Expected {
    std::string topLeft, topRight, bottomLeft; // stored corners after correction
    bool swapsSides;
};
const std::map<int, Expected> kExif = {
    {1, {"TL", "TR", "BL", false}}, // row 0 top, column 0 left
    {2, {"TR", "TL", "BR", false}}, // row 0 top, column 0 right
    {3, {"BR", "BL", "TR", false}}, // row 0 bottom, column 0 right
    {4, {"BL", "BR", "TL", false}}, // row 0 bottom, column 0 left
    {5, {"TL", "BL", "TR", true}},  // row 0 left, column 0 top
    {6, {"TR", "BR", "TL", true}},  // row 0 right, column 0 top
    {7, {"BR", "TR", "BL", true}},  // row 0 right, column 0 bottom
    {8, {"BL", "TL", "BR", true}},  // row 0 left, column 0 bottom
};

std::string cornerOf(const cv::Mat& image, int value) {
    const int r = image.rows - 1;
    const int c = image.cols - 1;
    if (image.at<uchar>(0, 0) == value) {
        return "TL";
    }
    if (image.at<uchar>(0, c) == value) {
        return "TR";
    }
    if (image.at<uchar>(r, 0) == value) {
        return "BL";
    }
    if (image.at<uchar>(r, c) == value) {
        return "BR";
    }
    return "?";
}

TEST(ImageDecoder, AppliesAllEightExifOrientationsExactly) {
    cv::Mat stored(3, 5, CV_8U, cv::Scalar(0)); // 5 wide, 3 high
    stored.at<uchar>(0, 0) = 1;                 // top-left
    stored.at<uchar>(0, 4) = 2;                 // top-right
    stored.at<uchar>(2, 0) = 3;                 // bottom-left
    for (const auto& [orientation, expected] : kExif) {
        const cv::Mat upright = applyExifOrientation(stored, orientation);
        EXPECT_EQ(upright.cols, expected.swapsSides ? 3 : 5) << orientation;
        EXPECT_EQ(upright.rows, expected.swapsSides ? 5 : 3) << orientation;
        EXPECT_EQ(cornerOf(upright, 1), expected.topLeft) << "orientation " << orientation;
        EXPECT_EQ(cornerOf(upright, 2), expected.topRight) << "orientation " << orientation;
        EXPECT_EQ(cornerOf(upright, 3), expected.bottomLeft) << "orientation " << orientation;
    }
}

TEST(ImageDecoder, LeavesInvalidOrientationsAlone) {
    const cv::Mat stored = drawPortrait(30, 20, 0);
    for (int orientation : {0, 9, -1}) {
        const cv::Mat out = applyExifOrientation(stored, orientation);
        EXPECT_EQ(cv::norm(out, stored, cv::NORM_INF), 0.0);
    }
}

TEST(ImageDecoder, DecodesEveryJpegOrientationUpright) {
    const std::string plain = jpeg(drawPortrait(120, 160, 0));
    for (const auto& [orientation, expected] : kExif) {
        const cv::Mat upright = decodeImage(test::withExifOrientation(plain, orientation));
        EXPECT_EQ(upright.cols, expected.swapsSides ? 160 : 120) << orientation;
        EXPECT_EQ(markerCorner(upright), expected.topLeft) << "orientation " << orientation;
    }
}

TEST(ImageDecoder, DecodesJpegAtReducedScaleWhenAllowed) {
    const std::string bytes = jpeg(drawPortrait(1200, 1600));
    const std::vector<std::pair<int, int>> minToLong = {
        {0, 1600}, {1000, 1600}, {800, 800}, {401, 800}, {400, 400}, {200, 200}, {1, 200}};
    for (const auto& [minLongSide, longSide] : minToLong) {
        const cv::Mat image = decodeImage(bytes, {.minLongSide = minLongSide});
        EXPECT_EQ(image.rows, longSide) << "minLongSide " << minLongSide;
        EXPECT_EQ(image.cols, longSide * 3 / 4);
        EXPECT_GE(image.rows, minLongSide);
    }
}

TEST(ImageDecoder, ReducedDecodeStillSaysTheFullUprightSize) {
    const std::string plain = jpeg(drawPortrait(1200, 1600, 0));
    const auto reduced = decodeImageWithSize(plain, {.minLongSide = 400});
    EXPECT_EQ(reduced.image.size(), cv::Size(300, 400));
    EXPECT_EQ(reduced.fullSize, cv::Size(1200, 1600));
    const auto turned =
        decodeImageWithSize(test::withExifOrientation(plain, 8), {.minLongSide = 400});
    EXPECT_EQ(turned.image.size(), cv::Size(400, 300));
    EXPECT_EQ(turned.fullSize, cv::Size(1600, 1200));
    const auto full = decodeImageWithSize(plain);
    EXPECT_EQ(full.image.size(), cv::Size(1200, 1600));
    EXPECT_EQ(full.fullSize, cv::Size(1200, 1600));
}

TEST(ImageDecoder, ReducedScaleKeepsOrientation) {
    const std::string bytes = test::withExifOrientation(jpeg(drawPortrait(1200, 1600, 0)), 8);
    const cv::Mat image = decodeImage(bytes, {.minLongSide = 400});
    EXPECT_EQ(image.cols, 400);
    EXPECT_EQ(image.rows, 300);
    EXPECT_EQ(markerCorner(image), "BL");
}

TEST(ImageDecoder, ThrowsUserErrorForWhatIsNoImage) {
    EXPECT_THROW(decodeImage(""), UserError);
    EXPECT_THROW(decodeImage("%PDF-1.4\n%%EOF\n"), UserError);
    EXPECT_THROW(decodeImage("just some text"), UserError);
    const std::string whole = jpeg(drawPortrait(200, 200));
    EXPECT_THROW(decodeImage(whole.substr(0, whole.size() * 6 / 10)), UserError);
    std::string badPng = encode(drawPortrait(50, 50), ".png");
    badPng.resize(badPng.size() / 2);
    EXPECT_THROW(decodeImage(badPng), UserError);
}

} // namespace
} // namespace gp::imaging
