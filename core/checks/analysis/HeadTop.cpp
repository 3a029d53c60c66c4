#include "HeadTop.h"

#include "BackgroundModel.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace gp::checks::analysis {

namespace {
// Busy backdrop: crown above the brows as a share of the brow-to-chin height (adult head).
constexpr double kCrownOverBrowShare = 0.8;
// Columns sampled across the middle of the face, and which one is taken as the crown.
constexpr int kMaxColumns = 41;
constexpr double kCrownPercentile = 0.1;
} // namespace

std::optional<int> findHeadTop(const cv::Mat& bgr, const Landmarks& lm) {
    if (bgr.empty()) {
        return std::nullopt;
    }
    float browY = lm[17].y;
    for (int i = 17; i <= 26; ++i) {
        browY = std::min(browY, lm[static_cast<std::size_t>(i)].y);
    }
    const double chinY = lm[8].y;
    const double faceWidth = std::hypot(lm[16].x - lm[0].x, lm[16].y - lm[0].y);
    const double centreX = (lm[27].x + lm[30].x) / 2.0;

    const auto background = sampleBackground(bgr);
    if (!background.uniform) {
        const double top = browY - kCrownOverBrowShare * (chinY - browY);
        return static_cast<int>(std::lround(std::max(0.0, top)));
    }

    // A run of this many backdrop rows ends the head (about 2.5 % of the face width).
    const int run = std::max(3, static_cast<int>(faceWidth / 40.0));
    const int x0 = std::clamp(static_cast<int>(centreX - faceWidth / 4), 0, bgr.cols - 1);
    const int x1 = std::clamp(static_cast<int>(centreX + faceWidth / 4), 0, bgr.cols - 1);
    const int step = std::max(1, (x1 - x0) / (kMaxColumns - 1));
    const int startY = std::clamp(static_cast<int>(browY) - 1, 0, bgr.rows - 1);

    std::vector<int> tops;
    for (int x = x0; x <= x1; x += step) {
        int top = 0;
        int count = 0;
        const double across = static_cast<double>(x) / std::max(1, bgr.cols - 1);
        for (int y = startY; y >= 0; --y) {
            if (background.matches(bgr.at<cv::Vec3b>(y, x), across)) {
                if (++count >= run) {
                    top = y + run;
                    break;
                }
            } else {
                count = 0;
            }
        }
        tops.push_back(top);
    }
    if (tops.empty()) {
        return std::nullopt;
    }
    std::sort(tops.begin(), tops.end());
    const auto index =
        static_cast<std::size_t>(kCrownPercentile * static_cast<double>(tops.size()));
    return tops[std::min(index, tops.size() - 1)];
}

} // namespace gp::checks::analysis
