#include "AddedFrame.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace gp::checks::analysis {

namespace {

/// A strip `depth` pixels in from a side (0 top, 1 bottom, 2 left, 3 right).
cv::Rect stripAt(int side, int depth, int strip, const cv::Size& size) {
    switch (side) {
    case 0:
        return {0, depth, size.width, strip};
    case 1:
        return {0, size.height - depth - strip, size.width, strip};
    case 2:
        return {depth, 0, strip, size.height};
    default:
        return {size.width - depth - strip, 0, strip, size.height};
    }
}

cv::Vec3f channelMedians(const cv::Mat& lab3f) {
    cv::Mat flat = lab3f.clone().reshape(1, static_cast<int>(lab3f.total()));
    cv::Vec3f m;
    std::vector<float> v(static_cast<std::size_t>(flat.rows));
    for (int c = 0; c < 3; ++c) {
        for (int i = 0; i < flat.rows; ++i) {
            v[static_cast<std::size_t>(i)] = flat.at<float>(i, c);
        }
        std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
        m[c] = v[v.size() / 2];
    }
    return m;
}

/// The 90th percentile of the ΔE of a strip's pixels from `centre`.
double spreadAround(const cv::Mat& lab3f, const cv::Vec3f& centre) {
    std::vector<float> d;
    d.reserve(lab3f.total());
    for (int y = 0; y < lab3f.rows; ++y) {
        const auto* row = lab3f.ptr<cv::Vec3f>(y);
        for (int x = 0; x < lab3f.cols; ++x) {
            d.push_back(static_cast<float>(cv::norm(row[x] - centre)));
        }
    }
    const auto k = static_cast<long>(0.9 * static_cast<double>(d.size() - 1));
    std::nth_element(d.begin(), d.begin() + k, d.end());
    return d[static_cast<std::size_t>(k)];
}

} // namespace

cv::Rect AddedFrame::strip(int side, const cv::Size& image) const {
    return stripAt(side, 0, stripPx, image);
}

AddedFrame findAddedFrame(const cv::Mat& lab, const FrameSearch& search) {
    AddedFrame frame;
    frame.stripPx = std::max(1, search.stripPx);
    const int strip = frame.stripPx;
    frame.picture = cv::Rect(0, 0, lab.cols, lab.rows);
    if (lab.empty() || lab.cols <= 2 * search.scanPx + strip ||
        lab.rows <= 2 * search.scanPx + strip) {
        return frame;
    }
    for (int side = 0; side < 4; ++side) {
        const cv::Mat outer = lab(stripAt(side, 0, strip, lab.size()));
        const auto outerMedian = channelMedians(outer);
        const double spread = spreadAround(outer, outerMedian);
        int pictureStart = 0;
        double step = 0;
        for (int depth = 2 * strip; depth <= search.scanPx; depth += strip) {
            const auto inner = channelMedians(lab(stripAt(side, depth, strip, lab.size())));
            const double d = cv::norm(outerMedian - inner);
            if (d >= search.minStep && pictureStart == 0) {
                pictureStart = depth;
            }
            step = std::max(step, d);
        }
        frame.step[static_cast<std::size_t>(side)] = step;
        if (spread <= search.maxLineSpread && step >= search.minStep) {
            frame.framed[static_cast<std::size_t>(side)] = true;
            frame.depthPx[static_cast<std::size_t>(side)] = pictureStart;
            ++frame.framedSides;
        }
    }
    frame.found = frame.framedSides >= search.minSides;
    if (frame.found) {
        const auto& d = frame.depthPx;
        // Strips are sampled every stripPx: the frame may reach up to one strip further in.
        const int top = d[0] > 0 ? d[0] + strip : 0;
        const int bottom = d[1] > 0 ? d[1] + strip : 0;
        const int left = d[2] > 0 ? d[2] + strip : 0;
        const int right = d[3] > 0 ? d[3] + strip : 0;
        frame.picture = cv::Rect(left, top, lab.cols - left - right, lab.rows - top - bottom);
    }
    return frame;
}

} // namespace gp::checks::analysis
