#include "core/imaging/ImageProbe.h"

#include "tests/core/imaging/ImageFixtures.h"

#include <gtest/gtest.h>

#include <random>

namespace gp::imaging {
namespace {

using test::drawPortrait;
using test::encode;
using test::jpeg;

TEST(ImageProbe, ReadsJpegFormatAndSize) {
    const auto probe = probeImage(jpeg(drawPortrait(120, 160)));
    EXPECT_TRUE(probe.ok) << probe.problem;
    EXPECT_EQ(probe.format, "jpeg");
    EXPECT_EQ(probe.width, 120);
    EXPECT_EQ(probe.height, 160);
    EXPECT_EQ(probe.exifOrientation, 1);
    EXPECT_TRUE(probe.problemCode.empty());
}

TEST(ImageProbe, ReadsProgressiveJpeg) {
    const auto bytes = encode(drawPortrait(200, 300), ".jpg", {cv::IMWRITE_JPEG_PROGRESSIVE, 1});
    const auto probe = probeImage(bytes);
    EXPECT_TRUE(probe.ok) << probe.problem;
    EXPECT_EQ(probe.width, 200);
    EXPECT_EQ(probe.height, 300);
}

TEST(ImageProbe, ReadsPngBmpWebpTiff) {
    const cv::Mat image = drawPortrait(90, 70);
    for (const auto& [extension, format] : std::vector<std::pair<std::string, std::string>>{
             {".png", "png"}, {".bmp", "bmp"}, {".webp", "webp"}, {".tiff", "tiff"}}) {
        const auto probe = probeImage(encode(image, extension));
        EXPECT_TRUE(probe.ok) << extension << ": " << probe.problem;
        EXPECT_EQ(probe.format, format);
        EXPECT_EQ(probe.width, 90) << extension;
        EXPECT_EQ(probe.height, 70) << extension;
    }
}

TEST(ImageProbe, RecognisesGifButDoesNotAcceptIt) {
    // The smallest GIF: 1x1, one colour.
    const std::string gif("GIF89a\x01\x00\x01\x00\x80\x00\x00\xFF\xFF\xFF\x00\x00\x00\x21\xF9\x04"
                          "\x01\x00\x00\x00\x00\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02"
                          "\x44\x01\x00\x3B",
                          43);
    const auto probe = probeImage(gif);
    EXPECT_FALSE(probe.ok);
    EXPECT_EQ(probe.format, "gif");
    EXPECT_EQ(probe.width, 1);
    EXPECT_EQ(probe.problemCode, "unsupported_format");
}

TEST(ImageProbe, RefusesOtherImageFormats) {
    const auto probe = probeImage(encode(drawPortrait(64, 64), ".jp2"));
    EXPECT_FALSE(probe.ok);
    EXPECT_EQ(probe.problemCode, "unsupported_format");
}

TEST(ImageProbe, ReadsEveryExifOrientationFromJpeg) {
    const std::string plain = jpeg(drawPortrait(120, 160));
    for (int orientation = 1; orientation <= 8; ++orientation) {
        const auto probe = probeImage(test::withExifOrientation(plain, orientation));
        EXPECT_TRUE(probe.ok) << probe.problem;
        EXPECT_EQ(probe.exifOrientation, orientation);
        EXPECT_EQ(probe.width, 120) << "size is as stored, before orientation";
        EXPECT_EQ(probe.height, 160);
    }
}

TEST(ImageProbe, RefusesAnEmptyFile) {
    const auto probe = probeImage("");
    EXPECT_FALSE(probe.ok);
    EXPECT_EQ(probe.problemCode, "empty_file");
    EXPECT_FALSE(probe.problem.empty());
}

TEST(ImageProbe, RefusesAPdfNamedJpg) {
    const std::string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n";
    const auto probe = probeImage(pdf);
    EXPECT_FALSE(probe.ok);
    EXPECT_EQ(probe.problemCode, "not_an_image");
    EXPECT_NE(probe.problem.find("PDF"), std::string::npos);
}

TEST(ImageProbe, RefusesText) {
    const auto probe = probeImage("学号,姓名\n2021001,张三\n");
    EXPECT_FALSE(probe.ok);
    EXPECT_EQ(probe.problemCode, "not_an_image");
    EXPECT_TRUE(probe.format.empty());
}

TEST(ImageProbe, FindsAJpegTruncatedAt60Percent) {
    const std::string whole = jpeg(drawPortrait(400, 500));
    const auto probe = probeImage(whole.substr(0, whole.size() * 6 / 10));
    EXPECT_FALSE(probe.ok);
    EXPECT_EQ(probe.problemCode, "truncated");
    EXPECT_EQ(probe.format, "jpeg");
    EXPECT_EQ(probe.width, 400) << "the header was still read";
}

TEST(ImageProbe, FindsAJpegMissingOnlyItsEndMarker) {
    const std::string whole = jpeg(drawPortrait(200, 200));
    ASSERT_EQ(whole.substr(whole.size() - 2), "\xFF\xD9");
    EXPECT_EQ(probeImage(whole.substr(0, whole.size() - 2)).problemCode, "truncated");
}

TEST(ImageProbe, FindsAJpegCutInItsHeaders) {
    const std::string whole = jpeg(drawPortrait(200, 200));
    EXPECT_EQ(probeImage(whole.substr(0, 40)).problemCode, "truncated");
}

TEST(ImageProbe, AcceptsDataAfterTheJpegEndMarker) {
    // Cameras append trailers and MPF images after EOI.
    const auto probe = probeImage(jpeg(drawPortrait(100, 100)) + std::string(300, '\0') + "MPF");
    EXPECT_TRUE(probe.ok) << probe.problem;
}

TEST(ImageProbe, FindsRandomGarbageAfterAValidJpegHeader) {
    const std::string whole = jpeg(drawPortrait(300, 400));
    const std::size_t dataStart = test::jpegScanDataOffset(whole);
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::string damaged = whole;
        std::mt19937 random(seed);
        for (std::size_t i = dataStart; i + 2 < damaged.size(); ++i) {
            damaged[i] = static_cast<char>(random() & 0xFF);
        }
        const auto probe = probeImage(damaged);
        EXPECT_FALSE(probe.ok) << "seed " << seed;
        EXPECT_TRUE(probe.problemCode == "corrupt" || probe.problemCode == "truncated")
            << probe.problemCode;
    }
}

TEST(ImageProbe, FindsZerosAfterAValidJpegHeader) {
    std::string damaged = jpeg(drawPortrait(300, 400));
    const std::size_t dataStart = test::jpegScanDataOffset(damaged);
    std::fill(damaged.begin() + static_cast<std::ptrdiff_t>(dataStart), damaged.end(), '\0');
    EXPECT_EQ(probeImage(damaged).problemCode, "truncated");
}

TEST(ImageProbe, FindsAPngTruncated) {
    const std::string whole = encode(drawPortrait(200, 300), ".png");
    const auto cut = probeImage(whole.substr(0, whole.size() * 6 / 10));
    EXPECT_FALSE(cut.ok);
    EXPECT_EQ(cut.problemCode, "truncated");
    EXPECT_EQ(cut.format, "png");
    // Cut exactly before the IEND chunk: every chunk whole, the end missing.
    EXPECT_EQ(probeImage(whole.substr(0, whole.size() - 12)).problemCode, "truncated");
}

TEST(ImageProbe, FindsGarbageAfterAValidPngHeader) {
    std::string damaged = encode(drawPortrait(200, 300), ".png");
    std::mt19937 random(7);
    for (std::size_t i = 8 + 25; i < damaged.size(); ++i) { // after signature and IHDR
        damaged[i] = static_cast<char>(random() & 0xFF);
    }
    const auto probe = probeImage(damaged);
    EXPECT_FALSE(probe.ok);
    EXPECT_TRUE(probe.problemCode == "corrupt" || probe.problemCode == "truncated");
}

TEST(ImageProbe, FindsAPngWithDamagedPixelData) {
    // Structure intact, one byte of IDAT flipped: only decoding finds it (CRC / zlib).
    std::string damaged = encode(drawPortrait(200, 300), ".png");
    const std::size_t idat = damaged.find("IDAT");
    ASSERT_NE(idat, std::string::npos);
    damaged[idat + 4 + 100] = static_cast<char>(damaged[idat + 4 + 100] ^ 0x55);
    const auto probe = probeImage(damaged);
    EXPECT_FALSE(probe.ok);
    EXPECT_EQ(probe.problemCode, "corrupt");
}

TEST(ImageProbe, RefusesAFileOverTheByteLimitBeforeLookingAtIt) {
    const std::string bytes = jpeg(drawPortrait(120, 160));
    ImageLimits limits;
    limits.maxBytes = bytes.size() - 1;
    const auto probe = probeImage(bytes, limits);
    EXPECT_FALSE(probe.ok);
    EXPECT_EQ(probe.problemCode, "too_large_bytes");
    EXPECT_TRUE(probe.format.empty()) << "refused before the content was read";
    limits.maxBytes = bytes.size();
    EXPECT_TRUE(probeImage(bytes, limits).ok);
    // Also for content that is not an image: the size check comes first.
    limits.maxBytes = 10;
    EXPECT_EQ(probeImage(std::string(11, 'x'), limits).problemCode, "too_large_bytes");
}

TEST(ImageProbe, RefusesAnImageOverTheSideLimit) {
    const std::string bytes = jpeg(drawPortrait(120, 160));
    ImageLimits limits;
    limits.maxSide = 159;
    const auto probe = probeImage(bytes, limits);
    EXPECT_FALSE(probe.ok);
    EXPECT_EQ(probe.problemCode, "too_large_pixels");
    EXPECT_EQ(probe.height, 160);
    limits.maxSide = 160;
    EXPECT_TRUE(probeImage(bytes, limits).ok);
    limits.maxSide = 100; // width over the limit too
    EXPECT_EQ(probeImage(encode(drawPortrait(120, 90), ".png"), limits).problemCode,
              "too_large_pixels");
}

} // namespace
} // namespace gp::imaging
