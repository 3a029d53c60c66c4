#include "LabImage.h"

#include <array>
#include <opencv2/imgproc.hpp>

namespace gp::checks::analysis {

cv::Mat labOf(const cv::Mat& bgr) {
    if (bgr.empty()) {
        return {};
    }
    cv::Mat lab8;
    cv::cvtColor(bgr, lab8, cv::COLOR_BGR2Lab); // L×255/100, a+128, b+128
    std::array<float, 256> lightness{};
    std::array<float, 256> opponent{};
    for (int v = 0; v < 256; ++v) {
        lightness[static_cast<std::size_t>(v)] = static_cast<float>(v) * 100.0F / 255.0F;
        opponent[static_cast<std::size_t>(v)] = static_cast<float>(v - 128);
    }
    cv::Mat lab(lab8.size(), CV_32FC3);
    for (int y = 0; y < lab8.rows; ++y) {
        const auto* in = lab8.ptr<cv::Vec3b>(y);
        auto* out = lab.ptr<cv::Vec3f>(y);
        for (int x = 0; x < lab8.cols; ++x) {
            out[x] = cv::Vec3f(lightness[in[x][0]], opponent[in[x][1]], opponent[in[x][2]]);
        }
    }
    return lab;
}

} // namespace gp::checks::analysis
