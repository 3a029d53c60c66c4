#include "JpegEncoding.h"

#include <opencv2/imgcodecs.hpp>

namespace gp::reports {
namespace {

constexpr std::size_t kUnitsOffset = 13; ///< SOI(2) + marker(2) + length(2) + "JFIF\0"(5) + ver(2)

bool hasJfifApp0(const std::string& b) {
    return b.size() >= 18 && static_cast<unsigned char>(b[2]) == 0xFF &&
           static_cast<unsigned char>(b[3]) == 0xE0 &&
           b.compare(6, 5, std::string("JFIF\0", 5)) == 0;
}

void putDensity(std::string& b, std::size_t at, int dpi) {
    b[at] = 1; // dots per inch
    b[at + 1] = static_cast<char>((dpi >> 8) & 0xFF);
    b[at + 2] = static_cast<char>(dpi & 0xFF);
    b[at + 3] = static_cast<char>((dpi >> 8) & 0xFF);
    b[at + 4] = static_cast<char>(dpi & 0xFF);
}

std::string encode(const cv::Mat& image, int quality) {
    std::vector<uchar> out;
    cv::imencode(".jpg", image, out, {cv::IMWRITE_JPEG_QUALITY, quality});
    return std::string(out.begin(), out.end());
}

} // namespace

bool setJfifDensity(std::string& bytes, int dpi) {
    if (bytes.size() < 4 || static_cast<unsigned char>(bytes[0]) != 0xFF ||
        static_cast<unsigned char>(bytes[1]) != 0xD8) {
        return false;
    }
    if (!hasJfifApp0(bytes)) {
        // APP0, length 16, "JFIF\0", version 1.01, units, densities, no thumbnail.
        const char segment[18] = {'\xFF', '\xE0', 0, 16, 'J', 'F', 'I', 'F', 0,
                                  1,      1,      0, 0,  1,   0,   1,   0,   0};
        bytes.insert(2, segment, sizeof segment);
    }
    putDensity(bytes, kUnitsOffset, dpi);
    return true;
}

std::optional<EncodedJpeg> encodeJpegInSizeBand(const cv::Mat& image, std::size_t minBytes,
                                                std::size_t maxBytes, int minQuality,
                                                int maxQuality, int dpi) {
    // The file grows with the quality: find the highest quality that still fits under maxBytes.
    std::optional<EncodedJpeg> best;
    int low = minQuality;
    int high = maxQuality;
    while (low <= high) {
        const int q = (low + high) / 2;
        auto bytes = encode(image, q);
        setJfifDensity(bytes, dpi);
        if (bytes.size() <= maxBytes) {
            best = EncodedJpeg{std::move(bytes), q};
            low = q + 1;
        } else {
            high = q - 1;
        }
    }
    if (!best || best->bytes.size() < minBytes) {
        return std::nullopt;
    }
    return best;
}

} // namespace gp::reports
