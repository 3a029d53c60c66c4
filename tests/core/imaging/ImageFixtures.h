// Test images made at test time: drawn with OpenCV, encoded with cv::imencode, with an EXIF
// orientation block built by libexif spliced into JPEGs.
#pragma once

#include <cstdlib>
#include <libexif/exif-data.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace gp::test {

/// A portrait-like picture: background, a head and shoulders, a little seeded noise so that
/// JPEG sizes are realistic. A red block marks the top-left corner.
inline cv::Mat drawPortrait(int width, int height, int noise = 12) {
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(255, 197, 100)); // light blue (BGR)
    cv::ellipse(image, cv::Point(width / 2, height * 2 / 5), cv::Size(width / 5, height / 6), 0, 0,
                360, cv::Scalar(150, 180, 225), cv::FILLED);
    cv::ellipse(image, cv::Point(width / 2, height), cv::Size(width * 2 / 5, height / 3), 0, 180,
                360, cv::Scalar(40, 40, 40), cv::FILLED);
    if (noise > 0) {
        cv::Mat grain(height, width, CV_8UC3);
        cv::RNG rng(12345);
        rng.fill(grain, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(noise));
        image += grain;
    }
    const int marker = std::max(2, std::min(width, height) / 8);
    image(cv::Rect(0, 0, marker, marker)).setTo(cv::Scalar(0, 0, 255));
    return image;
}

inline std::string encode(const cv::Mat& image, const std::string& extension,
                          std::vector<int> params = {}) {
    std::vector<unsigned char> buffer;
    if (!cv::imencode(extension, image, buffer, params)) {
        throw std::runtime_error("imencode failed for " + extension);
    }
    return std::string(buffer.begin(), buffer.end());
}

inline std::string jpeg(const cv::Mat& image, int quality = 90) {
    return encode(image, ".jpg", {cv::IMWRITE_JPEG_QUALITY, quality});
}

/// "Exif\0\0" + a TIFF structure whose IFD0 holds Orientation = orientation.
inline std::string exifBlock(int orientation) {
    ExifData* exif = exif_data_new();
    exif_data_set_byte_order(exif, EXIF_BYTE_ORDER_INTEL);
    ExifEntry* entry = exif_entry_new();
    exif_content_add_entry(exif->ifd[EXIF_IFD_0], entry);
    exif_entry_initialize(entry, EXIF_TAG_ORIENTATION);
    exif_set_short(entry->data, EXIF_BYTE_ORDER_INTEL, static_cast<ExifShort>(orientation));
    exif_entry_unref(entry);
    unsigned char* data = nullptr;
    unsigned int size = 0;
    exif_data_save_data(exif, &data, &size);
    exif_data_unref(exif);
    if (data == nullptr) {
        throw std::runtime_error("exif_data_save_data failed");
    }
    std::string block(reinterpret_cast<char*>(data), size);
    std::free(data);
    if (block.compare(0, 6, std::string("Exif\0\0", 6)) != 0) {
        throw std::runtime_error("unexpected EXIF block header");
    }
    return block;
}

/// The JPEG with an APP1 EXIF segment (orientation) inserted right after SOI.
inline std::string withExifOrientation(const std::string& jpegBytes, int orientation) {
    const std::string block = exifBlock(orientation);
    const std::size_t length = block.size() + 2;
    std::string app1 = "\xFF\xE1";
    app1 += static_cast<char>(length >> 8);
    app1 += static_cast<char>(length & 0xFF);
    app1 += block;
    return jpegBytes.substr(0, 2) + app1 + jpegBytes.substr(2);
}

/// Offset just after the first SOS segment's header (where entropy-coded data starts).
inline std::size_t jpegScanDataOffset(const std::string& bytes) {
    std::size_t pos = 2;
    while (pos + 4 <= bytes.size()) {
        const auto marker = static_cast<unsigned char>(bytes[pos + 1]);
        const std::size_t length = static_cast<unsigned char>(bytes[pos + 2]) << 8 |
                                   static_cast<unsigned char>(bytes[pos + 3]);
        if (marker == 0xDA) {
            return pos + 2 + length;
        }
        pos += 2 + length;
    }
    throw std::runtime_error("no SOS segment");
}

} // namespace gp::test
