#include "PerceptualHash.h"

#include <bit>
#include <cmath>
#include <opencv2/img_hash.hpp>

namespace gp::faces {

PerceptualHash PerceptualHash::of(const cv::Mat& image) {
    cv::Mat hash;
    cv::img_hash::pHash(image, hash);
    PerceptualHash h;
    for (int i = 0; i < 8 && i < hash.cols; ++i) {
        h.bits[static_cast<std::size_t>(i)] = hash.at<std::uint8_t>(0, i);
    }
    return h;
}

int PerceptualHash::hamming(const PerceptualHash& other) const {
    int d = 0;
    for (std::size_t i = 0; i < bits.size(); ++i) {
        d += std::popcount(static_cast<unsigned>(bits[i] ^ other.bits[i]));
    }
    return d;
}

std::string PerceptualHash::hex() const {
    static const char* digits = "0123456789abcdef";
    std::string s;
    for (auto b : bits) {
        s += digits[b >> 4];
        s += digits[b & 15];
    }
    return s;
}

std::vector<float> PerceptualHash::toValues() const {
    return {bits.begin(), bits.end()};
}

PerceptualHash PerceptualHash::fromValues(const std::vector<float>& values) {
    PerceptualHash h;
    for (std::size_t i = 0; i < h.bits.size() && i < values.size(); ++i) {
        h.bits[i] = static_cast<std::uint8_t>(std::lround(values[i]));
    }
    return h;
}

} // namespace gp::faces
