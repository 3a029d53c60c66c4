// A perceptual hash of an image (OpenCV img_hash's pHash: the signs of the 8×8 lowest DCT
// frequencies of a 32×32 grey copy, 64 bits): a photo re-saved, re-compressed, slightly
// cropped or rescaled keeps a hash a few bits away, while different photos differ in about
// half of the 64 bits.
#pragma once

#include <array>
#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace gp::faces {

struct PerceptualHash {
    std::array<std::uint8_t, 8> bits{};

    static PerceptualHash of(const cv::Mat& image); ///< 8-bit BGR or grey
    int hamming(const PerceptualHash& other) const; ///< 0-64 differing bits
    std::string hex() const;

    /// Stored beside the face descriptors, as the descriptor of the pseudo-model kModelId: the
    /// 8 bytes as 8 floats (each 0-255, exact).
    std::vector<float> toValues() const;
    static PerceptualHash fromValues(const std::vector<float>& values);
    static constexpr const char* kModelId = "opencv-img_hash-phash-64";

    bool operator==(const PerceptualHash& o) const { return bits == o.bits; }
};

} // namespace gp::faces
