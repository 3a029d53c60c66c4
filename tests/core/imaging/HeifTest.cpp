// HEIC as phones write it: HEVC-coded, turned by an irot box, with an Exif item holding the
// same orientation. Encoded at test time when libheif has an HEVC encoder (x265).
#include "core/common/UserError.h"
#include "core/imaging/ImageDecoder.h"
#include "core/imaging/ImageProbe.h"
#include "tests/core/imaging/ImageFixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <libheif/heif.h>
#include <optional>

namespace gp::imaging {
namespace {

heif_error appendTo(heif_context*, const void* data, size_t size, void* userdata) {
    static_cast<std::string*>(userdata)->append(static_cast<const char*>(data), size);
    return heif_error{heif_error_Ok, heif_suberror_Unspecified, ""};
}

// libheif 1.15 writes what a phone would not: the irot property listed before ispe in ipma
// (and then not applied when reading), and ispe holding the turned size instead of the coded
// one. Put both right, so that the fixture is laid out as a phone's HEIC: ispe first with the
// coded size, irot/imir after it and essential. Parses just enough of ipco/ipma for a file
// libheif writes (one image item).
void makePhoneLike(std::string& file, int codedWidth, int codedHeight) {
    const std::size_t ipco = file.find("ipco");
    const std::size_t ipma = file.find("ipma");
    if (ipco == std::string::npos || ipma == std::string::npos) {
        return;
    }
    auto u32 = [&](std::size_t at) {
        return static_cast<std::size_t>(static_cast<unsigned char>(file[at])) << 24 |
               static_cast<std::size_t>(static_cast<unsigned char>(file[at + 1])) << 16 |
               static_cast<std::size_t>(static_cast<unsigned char>(file[at + 2])) << 8 |
               static_cast<unsigned char>(file[at + 3]);
    };
    std::vector<std::string> types{""}; // property indices start at 1
    const std::size_t ipcoEnd = ipco - 4 + u32(ipco - 4);
    for (std::size_t box = ipco + 4; box + 8 <= ipcoEnd; box += u32(box)) {
        types.push_back(file.substr(box + 4, 4));
        if (u32(box) == 0) {
            return;
        }
    }
    const std::size_t flags = u32(ipma + 4) & 0xFFFFFF;
    if ((file[ipma + 4] != 0) || (flags & 1) != 0 || u32(ipma + 8) != 1) {
        return; // not the simple layout
    }
    const std::size_t count = static_cast<unsigned char>(file[ipma + 14]);
    std::string associations = file.substr(ipma + 15, count);
    auto isTransform = [&](char a) {
        const std::size_t index = static_cast<unsigned char>(a) & 0x7F;
        return index < types.size() && (types[index] == "irot" || types[index] == "imir");
    };
    std::stable_partition(associations.begin(), associations.end(),
                          [&](char a) { return !isTransform(a); });
    for (char& a : associations) {
        if (isTransform(a)) {
            a = static_cast<char>(a | 0x80); // essential
        }
    }
    file.replace(ipma + 15, count, associations);
    const std::size_t ispe = file.find("ispe", ipco);
    if (ispe != std::string::npos && ispe < ipcoEnd) {
        for (int i = 0; i < 4; ++i) {
            file[ispe + 8 + i] = static_cast<char>(codedWidth >> (24 - 8 * i));
            file[ispe + 12 + i] = static_cast<char>(codedHeight >> (24 - 8 * i));
        }
    }
}

/// An HEIC coding bgr as stored, to be shown turned by the given orientation (irot/imir plus Exif),
/// or nullopt with the reason when libheif cannot encode HEVC here.
std::optional<std::string> encodeHeic(const cv::Mat& bgr, int orientation, std::string& why) {
    heif_context* context = heif_context_alloc();
    heif_encoder* encoder = nullptr;
    if (heif_context_get_encoder_for_format(context, heif_compression_HEVC, &encoder).code !=
        heif_error_Ok) {
        heif_context_free(context);
        why = "libheif has no HEVC encoder on this machine";
        return std::nullopt;
    }
    heif_encoder_set_lossy_quality(encoder, 90);
    heif_image* image = nullptr;
    heif_image_create(bgr.cols, bgr.rows, heif_colorspace_RGB, heif_chroma_interleaved_RGB, &image);
    heif_image_add_plane(image, heif_channel_interleaved, bgr.cols, bgr.rows, 8);
    int stride = 0;
    uint8_t* plane = heif_image_get_plane(image, heif_channel_interleaved, &stride);
    cv::Mat rgb(bgr.rows, bgr.cols, CV_8UC3, plane, static_cast<std::size_t>(stride));
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    heif_encoding_options* options = heif_encoding_options_alloc();
    options->image_orientation = static_cast<heif_orientation>(orientation);
    heif_image_handle* handle = nullptr;
    const heif_error encoded = heif_context_encode_image(context, image, encoder, options, &handle);
    heif_encoding_options_free(options);
    std::string bytes;
    if (encoded.code == heif_error_Ok) {
        const std::string exif = test::exifBlock(orientation);
        heif_context_add_exif_metadata(context, handle, exif.data(), static_cast<int>(exif.size()));
        heif_writer writer{1, &appendTo};
        heif_context_write(context, &writer, &bytes);
    } else {
        why = std::string("HEVC encoding failed: ") + encoded.message;
    }
    heif_image_handle_release(handle);
    heif_image_release(image);
    heif_encoder_release(encoder);
    heif_context_free(context);
    if (bytes.empty()) {
        return std::nullopt;
    }
    makePhoneLike(bytes, bgr.cols, bgr.rows);
    return bytes;
}

bool isRed(const cv::Vec3b& bgr) {
    return bgr[2] > 160 && bgr[1] < 110 && bgr[0] < 110;
}

TEST(Heif, ProbesAndDecodesAPhoneStyleHeic) {
    std::string why;
    // As a phone held sideways codes it: 128 x 96 with the red block top-left, an irot box
    // turning it a quarter clockwise for display, and Exif orientation 6.
    const cv::Mat coded = test::drawPortrait(128, 96, 0);
    const auto heic = encodeHeic(coded, 6, why);
    if (!heic) {
        GTEST_SKIP() << why;
    }
    const ImageProbe probe = probeImage(*heic);
    ASSERT_TRUE(probe.ok) << probe.problem;
    EXPECT_EQ(probe.format, "heif");
    EXPECT_EQ(probe.width, 128) << "as coded, before rotation";
    EXPECT_EQ(probe.height, 96);
    EXPECT_EQ(probe.exifOrientation, 6);

    const cv::Mat upright = decodeImage(*heic);
    EXPECT_EQ(upright.type(), CV_8UC3);
    EXPECT_EQ(upright.cols, 96);
    EXPECT_EQ(upright.rows, 128);
    EXPECT_TRUE(isRed(upright.at<cv::Vec3b>(3, upright.cols - 4))) << "marker now top-right";
    EXPECT_FALSE(isRed(upright.at<cv::Vec3b>(3, 3)));

    const cv::Mat asStored = decodeImage(*heic, {.applyOrientation = false});
    EXPECT_EQ(asStored.cols, 128);
    EXPECT_EQ(asStored.rows, 96);
    EXPECT_TRUE(isRed(asStored.at<cv::Vec3b>(3, 3)));
    EXPECT_LT(cv::norm(asStored, coded, cv::NORM_L1) / static_cast<double>(coded.total() * 3), 4.0);
    // Applying the Exif orientation to the coded pixels gives the same upright picture.
    const cv::Mat turned = applyExifOrientation(asStored, probe.exifOrientation);
    ASSERT_EQ(turned.size(), upright.size());
    EXPECT_LT(cv::norm(turned, upright, cv::NORM_INF), 1.0);
}

TEST(Heif, RefusesATruncatedHeic) {
    std::string why;
    const auto heic = encodeHeic(test::drawPortrait(128, 96), 1, why);
    if (!heic) {
        GTEST_SKIP() << why;
    }
    const std::string cut = heic->substr(0, heic->size() * 6 / 10);
    const ImageProbe probe = probeImage(cut);
    EXPECT_FALSE(probe.ok);
    EXPECT_TRUE(probe.problemCode == "truncated" || probe.problemCode == "corrupt")
        << probe.problemCode;
    EXPECT_THROW(decodeImage(cut), UserError);
}

TEST(Heif, RefusesAHeicOverTheSideLimit) {
    std::string why;
    const auto heic = encodeHeic(test::drawPortrait(128, 96), 1, why);
    if (!heic) {
        GTEST_SKIP() << why;
    }
    ImageLimits limits;
    limits.maxSide = 100;
    EXPECT_EQ(probeImage(*heic, limits).problemCode, "too_large_pixels");
}

TEST(Heif, RecognisesHeifBrands) {
    // An ftyp box alone: recognised as HEIF by its brand, then refused as unreadable.
    for (const char* brand : {"heic", "heix", "mif1", "msf1", "hevc"}) {
        std::string box("\0\0\0\x18"
                        "ftyp",
                        8);
        box += brand;
        box += std::string("\0\0\0\0", 4);
        box += "mif1heic";
        const ImageProbe probe = probeImage(box);
        EXPECT_EQ(probe.format, "heif") << brand;
        EXPECT_FALSE(probe.ok);
    }
    std::string mp4("\0\0\0\x14"
                    "ftypisom\0\0\0\0isom",
                    20);
    EXPECT_EQ(probeImage(mp4).problemCode, "not_an_image");
}

} // namespace
} // namespace gp::imaging
