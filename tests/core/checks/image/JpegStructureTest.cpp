// The JPEG structure reader: the quality factor from the quantisation tables, the resolution
// from JFIF and EXIF, the components, the format by content.
#include "core/checks/measures/JpegStructure.h"

#include "SyntheticPortrait.h"

#include <gtest/gtest.h>

namespace gp::test {
namespace {

using namespace checks::image;

TEST(JpegStructureTest, EstimatesTheLibjpegQualityExactly) {
    const auto p = drawPortrait();
    for (const int q : {20, 30, 50, 59, 60, 61, 75, 85, 90, 95, 100}) {
        const auto s = readJpegStructure(encodeJpeg(p.image, q, 300));
        ASSERT_TRUE(s.lumaTable) << q;
        const auto estimate = estimateIjgQuality(*s.lumaTable);
        EXPECT_EQ(estimate.quality, q);
        EXPECT_EQ(estimate.meanAbsError, 0.0) << q;
    }
}

TEST(JpegStructureTest, ReadsTheJfifDensityAndComponents) {
    const auto p = drawPortrait();
    const auto s = readJpegStructure(encodeJpeg(p.image, 85, 300));
    EXPECT_TRUE(s.isJpeg);
    EXPECT_EQ(s.components, 3);
    ASSERT_TRUE(s.dpiX);
    EXPECT_EQ(*s.dpiX, 300);
    EXPECT_EQ(*s.dpiY, 300);
    EXPECT_EQ(s.dpiSource, "JFIF");
    EXPECT_FALSE(readJpegStructure(encodeJpeg(p.image, 85, 0)).dpiX);

    cv::Mat grey;
    cv::cvtColor(p.image, grey, cv::COLOR_BGR2GRAY);
    std::vector<uchar> buffer;
    cv::imencode(".jpg", grey, buffer);
    EXPECT_EQ(readJpegStructure(std::string(buffer.begin(), buffer.end())).components, 1);
}

TEST(JpegStructureTest, ReadsTheExifResolutionWhenJfifHasNone) {
    // SOI, APP1 Exif with a big-endian IFD0 of XResolution 300/1 and ResolutionUnit inch, EOI.
    std::string tiff("MM\0*\0\0\0\x08", 8);
    auto u16 = [](int v) {
        return std::string{char(v >> 8), char(v & 0xFF)};
    };
    auto u32 = [&](int v) {
        return u16(v >> 16) + u16(v & 0xFFFF);
    };
    tiff += u16(2);
    tiff += u16(0x011A) + u16(5) + u32(1) + u32(8 + 2 + 2 * 12 + 4);
    tiff += u16(0x0128) + u16(3) + u32(1) + u16(2) + u16(0);
    tiff += u32(0);
    tiff += u32(300) + u32(1);
    const std::string app1 = std::string("Exif\0\0", 6) + tiff;
    std::string jpeg("\xFF\xD8\xFF\xE1", 4);
    jpeg += u16(int(app1.size()) + 2) + app1 + std::string("\xFF\xD9", 2);
    const auto s = readJpegStructure(jpeg);
    ASSERT_TRUE(s.dpiX);
    EXPECT_EQ(*s.dpiX, 300);
    EXPECT_EQ(s.dpiSource, "EXIF");
}

TEST(JpegStructureTest, SniffsTheFormatByContent) {
    const auto p = drawPortrait();
    std::vector<uchar> png;
    cv::imencode(".png", p.image, png);
    EXPECT_EQ(sniffFormat(std::string(png.begin(), png.end())), "png");
    EXPECT_EQ(sniffFormat(encodeJpeg(p.image, 85, 300)), "jpeg");
    EXPECT_EQ(sniffFormat("hello"), "unknown");
    EXPECT_FALSE(readJpegStructure("\xFF\xD8\xFF").lumaTable); // cut short: no crash
}

} // namespace
} // namespace gp::test
