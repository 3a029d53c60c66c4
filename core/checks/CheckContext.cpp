#include "CheckContext.h"

#include "analysis/LabImage.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {

const cv::Mat& CheckContext::labImage() {
    const cv::Mat& img = image();
    if (!lab_.current(img)) {
        lab_.source = img;
        lab_.value.release();
        if (!img.empty()) {
            lab_.value = analysis::labOf(img);
        }
    }
    return lab_.value;
}

const cv::Mat& CheckContext::personDistance() {
    const cv::Mat& mask = personMask();
    if (!distance_.current(mask)) {
        distance_.source = mask;
        distance_.value.release();
        if (!mask.empty()) {
            cv::Mat outside;
            cv::bitwise_not(mask, outside);
            cv::distanceTransform(outside, distance_.value, cv::DIST_L2, cv::DIST_MASK_5);
        }
    }
    return distance_.value;
}

} // namespace gp::checks
