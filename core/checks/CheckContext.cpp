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

const analysis::AddedFrame& CheckContext::addedFrame() {
    const cv::Mat& lab = labImage();
    if (!frameSource_.current(lab)) {
        frameSource_.source = lab;
        const auto& p = profile();
        analysis::FrameSearch search;
        if (p.has("added_content.border_strip_px")) {
            search.stripPx = static_cast<int>(p.number("added_content.border_strip_px"));
            search.scanPx = static_cast<int>(p.number("added_content.border_scan_px"));
            search.minStep = p.number("added_content.min_border_step_delta_e");
            search.maxLineSpread = p.number("added_content.max_border_line_spread");
            search.minSides = static_cast<int>(p.number("added_content.min_border_sides"));
            frame_ = analysis::findAddedFrame(lab, search);
        } else {
            frame_ = analysis::AddedFrame{};
            frame_.picture = cv::Rect(0, 0, lab.cols, lab.rows);
        }
    }
    return frame_;
}

} // namespace gp::checks
