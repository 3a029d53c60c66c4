// How one approved photo is made into the upload package's file, decided by the profile's own
// file checks: kept, its density stated, re-encoded into the size band, or refused with the
// reason — never resized.
#include "reports/packages/UploadPhotoFile.h"

#include "PackageWorkspace.h"
#include "core/checks/measures/JpegStructure.h"
#include "core/imaging/ImageDecoder.h"
#include "gradphoto/BuildInfo.h"
#include "reports/packages/JpegEncoding.h"

#include <gtest/gtest.h>

namespace gp::test {
namespace {

using reports::UploadPhotoFile;
using Handling = UploadPhotoFile::Handling;

const checks::PhotoProfile& profile() {
    static const auto p = checks::PhotoProfile::load(std::filesystem::path(build::kSourceDir) /
                                                     "templates" / "profiles" / "chsi-2017.json");
    return p;
}

TEST(UploadPhotoFile, KeepsAFileThatMeetsTheRulesByteForByte) {
    const auto bytes = inBandJpeg(1);
    const auto f = reports::prepareUploadFile(bytes, profile(), 95);
    EXPECT_EQ(f.handling, Handling::Copied);
    EXPECT_EQ(f.bytes, bytes);
}

TEST(UploadPhotoFile, StatesTheDpiWithoutTouchingTheImageData) {
    const auto bytes = inBandJpeg(2, 72);
    const auto f = reports::prepareUploadFile(bytes, profile(), 95);
    ASSERT_EQ(f.handling, Handling::DpiMarked);
    EXPECT_EQ(f.bytes.size(), bytes.size());
    EXPECT_EQ(f.bytes.substr(20), bytes.substr(20)) << "only the JFIF density differs";
    const auto jpeg = checks::image::readJpegStructure(f.bytes);
    EXPECT_EQ(jpeg.dpiX, 300);
    EXPECT_EQ(jpeg.dpiY, 300);
}

TEST(UploadPhotoFile, InsertsAJfifSegmentWhenTheFileHasNone) {
    auto bytes = jpegBytes(portrait(480, 640, 6, 3), 85, 0);
    ASSERT_EQ(static_cast<unsigned char>(bytes[3]), 0xE0);
    const std::size_t app0 = 2 + 2 +
                             (std::size_t(static_cast<unsigned char>(bytes[4])) << 8 |
                              static_cast<unsigned char>(bytes[5]));
    bytes.erase(2, app0 - 2); // SOI straight to the next segment
    ASSERT_FALSE(checks::image::readJpegStructure(bytes).dpiX);
    const auto pixels = imaging::decodeImage(bytes);
    ASSERT_TRUE(reports::setJfifDensity(bytes, 300));
    EXPECT_EQ(checks::image::readJpegStructure(bytes).dpiX, 300);
    EXPECT_EQ(cv::norm(imaging::decodeImage(bytes), pixels, cv::NORM_INF), 0.0);
}

TEST(UploadPhotoFile, ReencodesATooLargeFileIntoTheBandAtTheHighestQualityThatFits) {
    const auto bytes = tooLargeJpeg(4);
    ASSERT_GT(bytes.size(), 40u * 1024);
    const auto f = reports::prepareUploadFile(bytes, profile(), 95);
    ASSERT_EQ(f.handling, Handling::Reencoded);
    EXPECT_LE(f.bytes.size(), 40u * 1024);
    EXPECT_GE(f.bytes.size(), 20u * 1024);
    EXPECT_GE(f.quality, 60);
    const auto q =
        checks::image::estimateIjgQuality(*checks::image::readJpegStructure(f.bytes).lumaTable);
    EXPECT_EQ(q.quality, f.quality);
    // One step higher would not fit.
    auto higher = jpegBytes(imaging::decodeImage(bytes), f.quality + 1, 300);
    EXPECT_GT(higher.size(), 40u * 1024);
}

TEST(UploadPhotoFile, StoresASidewaysPhoneFileUpright) {
    // Stored 640×480 with EXIF orientation 6 (rotate 90° clockwise to view): upright 480×640.
    const auto upright = portrait(480, 640, 6, 11);
    cv::Mat stored;
    cv::rotate(upright, stored, cv::ROTATE_90_COUNTERCLOCKWISE);
    auto bytes = jpegBytes(stored, 90, 300);
    const char exif[] = {'\xFF', '\xE1', 0,    34,   'E', 'x', 'i', 'f', 0, 0, // APP1
                         'M',    'M',    0,    42,   0,   0,   0,   8,         // TIFF, IFD0 at 8
                         0,      1,      0x01, 0x12, 0,   3,   0,   0,   0, 1,
                         0,      6,      0,    0,  // Orientation = 6
                         0,      0,      0,    0}; // no next IFD
    bytes.insert(2, exif, sizeof exif);
    ASSERT_EQ(imaging::decodeImage(bytes).size(), cv::Size(480, 640));
    const auto f = reports::prepareUploadFile(bytes, profile(), 95, 6);
    ASSERT_EQ(f.handling, Handling::Uprighted);
    const auto decoded = imaging::decodeImage(f.bytes, {false});
    ASSERT_EQ(decoded.size(), cv::Size(480, 640)) << "upright in its pixels, EXIF or not";
    EXPECT_LT(cv::norm(decoded, upright, cv::NORM_L1) / double(upright.total() * 3), 8.0);
    EXPECT_LE(f.bytes.size(), 40u * 1024);
    EXPECT_GE(f.bytes.size(), 20u * 1024);
}

TEST(UploadPhotoFile, RefusesWhatOnlyANewPhotoCanMend) {
    const auto wrongSize =
        reports::prepareUploadFile(jpegBytes(portrait(600, 800, 4, 5), 80, 300), profile(), 95);
    EXPECT_EQ(wrongSize.handling, Handling::Refused);
    EXPECT_EQ(wrongSize.problemCode, "wrong_pixel_size");
    EXPECT_EQ(wrongSize.detail, "600×800");
    EXPECT_TRUE(wrongSize.bytes.empty());

    cv::Mat grey;
    cv::cvtColor(portrait(480, 640, 6, 6), grey, cv::COLOR_BGR2GRAY);
    cv::cvtColor(grey, grey, cv::COLOR_GRAY2BGR);
    EXPECT_EQ(reports::prepareUploadFile(jpegBytes(grey, 90, 300), profile(), 95).problemCode,
              "not_colour");

    EXPECT_EQ(
        reports::prepareUploadFile(jpegBytes(portrait(480, 640, 6, 7), 40, 300), profile(), 95)
            .problemCode,
        "low_quality");

    std::vector<uchar> png;
    cv::imencode(".png", portrait(480, 640, 2, 8), png);
    const auto notJpeg =
        reports::prepareUploadFile(std::string(png.begin(), png.end()), profile(), 95);
    EXPECT_EQ(notJpeg.problemCode, "not_jpeg");
    EXPECT_EQ(notJpeg.detail, "png");

    // A flat picture stays under 20 KB even at the highest quality allowed.
    const auto flat = jpegBytes(portrait(480, 640, 0, 9), 90, 300);
    ASSERT_LT(flat.size(), 20u * 1024);
    const auto small = reports::prepareUploadFile(flat, profile(), 95);
    EXPECT_EQ(small.problemCode, "size_unreachable");
}

} // namespace
} // namespace gp::test
