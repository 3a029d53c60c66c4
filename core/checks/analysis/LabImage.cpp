#include "LabImage.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks::analysis {

cv::Mat labOf(const cv::Mat& bgr) {
    if (bgr.empty()) {
        return {};
    }
    cv::Mat lab8;
    cv::cvtColor(bgr, lab8, cv::COLOR_BGR2Lab); // L×255/100, a+128, b+128
    cv::Mat lab;
    lab8.convertTo(lab, CV_32F);
    cv::subtract(lab, cv::Scalar(0, 128, 128), lab);
    cv::multiply(lab, cv::Scalar(100.0 / 255.0, 1, 1), lab);
    return lab;
}

} // namespace gp::checks::analysis
