#include "CheckContext.h"

#include "analysis/LabImage.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {

const cv::Mat& CheckContext::labImage() {
    const cv::Mat& img = image();
    if (lab_.source != img.data || lab_.size != img.size() || (img.empty() != lab_.value.empty())) {
        lab_.source = img.data;
        lab_.size = img.size();
        lab_.value.release();
        if (!img.empty()) {
            lab_.value = analysis::labOf(img);
        }
    }
    return lab_.value;
}

const cv::Mat& CheckContext::personDistance() {
    const cv::Mat& mask = personMask();
    if (distance_.source != mask.data || distance_.size != mask.size() ||
        (mask.empty() != distance_.value.empty())) {
        distance_.source = mask.data;
        distance_.size = mask.size();
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
