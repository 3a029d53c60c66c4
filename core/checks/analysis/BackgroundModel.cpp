#include "BackgroundModel.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace gp::checks::analysis {

namespace {

// A patch is plain when no channel varies more than this (8-bit levels; JPEG noise on a studio
// backdrop is 1-5).
constexpr double kPlainPatchStd = 12.0;
// Two plain patches show the same backdrop when their means differ by at most this.
constexpr float kAgreement = 30.0F;
// Per-channel tolerance around the backdrop colour: a floor for clean backdrops, widened by
// the noise seen in the patches.
constexpr float kMinTolerance = 22.0F;

struct Patch {
    cv::Vec3f mean;
    double std = 0;
};

float distance(const cv::Vec3f& a, const cv::Vec3f& b) {
    return std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]), std::abs(a[2] - b[2])});
}

} // namespace

bool BackgroundModel::matches(const cv::Vec3b& px) const {
    return distance(cv::Vec3f(px[0], px[1], px[2]), colour) <= tolerance;
}

BackgroundModel sampleBackground(const cv::Mat& bgr) {
    BackgroundModel model;
    if (bgr.empty()) {
        return model;
    }
    const int side = std::max(4, std::min(bgr.cols, bgr.rows) / 16);
    const int w = bgr.cols;
    const int h = bgr.rows;
    const std::vector<cv::Rect> places{
        {0, 0, side, side},     {w - side, 0, side, side},     {w / 2 - side / 2, 0, side, side},
        {0, h / 4, side, side}, {w - side, h / 4, side, side},
    };
    std::vector<Patch> plain;
    for (const auto& r : places) {
        cv::Scalar mean;
        cv::Scalar stddev;
        cv::meanStdDev(bgr(r & cv::Rect(0, 0, w, h)), mean, stddev);
        const double s = std::max({stddev[0], stddev[1], stddev[2]});
        if (s <= kPlainPatchStd) {
            plain.push_back({cv::Vec3f(static_cast<float>(mean[0]), static_cast<float>(mean[1]),
                                       static_cast<float>(mean[2])),
                             s});
        }
    }
    // The backdrop is the colour most plain patches agree on.
    std::size_t bestVotes = 0;
    for (const auto& candidate : plain) {
        std::size_t votes = 0;
        cv::Vec3f sum(0, 0, 0);
        double worstStd = 0;
        for (const auto& other : plain) {
            if (distance(candidate.mean, other.mean) <= kAgreement) {
                ++votes;
                sum += other.mean;
                worstStd = std::max(worstStd, other.std);
            }
        }
        if (votes > bestVotes) {
            bestVotes = votes;
            model.colour = sum / static_cast<float>(votes);
            model.tolerance = std::max(kMinTolerance, static_cast<float>(4.0 * worstStd + 10.0));
        }
    }
    model.uniform = bestVotes >= 2;
    return model;
}

} // namespace gp::checks::analysis
