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

// A side-to-side trend needs this many plain patches on its line (two always make a line).
constexpr std::size_t kMinTrendPatches = 3;
// Two patches define a trend only when this far apart across the width (share of the width).
constexpr double kMinTrendBase = 0.3;
// A light off to one side changes the backdrop's brightness, not its colour: the patches on a
// trend keep their chromaticity (each of B, G, R over their sum) within this of one another.
// (An outdoor scene fading from grey ground to bluish haze changes it by 0.06.)
constexpr float kTrendChromaticity = 0.04F;

struct Patch {
    cv::Vec3f mean;
    double std = 0;
    double t = 0; ///< the patch's centre across the width, 0..1
};

float distance(const cv::Vec3f& a, const cv::Vec3f& b) {
    return std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]), std::abs(a[2] - b[2])});
}

} // namespace

cv::Vec3f chromaticity(const cv::Vec3f& bgr) {
    const float sum = std::max(1.0F, bgr[0] + bgr[1] + bgr[2]);
    return bgr / sum;
}

/// The patches' chromaticities all within kTrendChromaticity of one another.
bool sameChromaticity(const std::vector<const Patch*>& patches) {
    for (std::size_t i = 0; i < patches.size(); ++i) {
        for (std::size_t j = i + 1; j < patches.size(); ++j) {
            if (distance(chromaticity(patches[i]->mean), chromaticity(patches[j]->mean)) >
                kTrendChromaticity) {
                return false;
            }
        }
    }
    return true;
}

/// The straight line across the width most plain patches lie on (within kAgreement), fitted
/// by least squares over them; `votes` how many.
struct Trend {
    cv::Vec3f colour{0, 0, 0};
    cv::Vec3f slope{0, 0, 0};
    std::size_t votes = 0;
    double worstStd = 0;
};

Trend sideToSideTrend(const std::vector<Patch>& plain) {
    Trend best;
    for (std::size_t i = 0; i < plain.size(); ++i) {
        for (std::size_t j = i + 1; j < plain.size(); ++j) {
            const double base = plain[j].t - plain[i].t;
            if (std::abs(base) < kMinTrendBase) {
                continue;
            }
            const cv::Vec3f slope = (plain[j].mean - plain[i].mean) / static_cast<float>(base);
            std::vector<const Patch*> inliers;
            for (const auto& p : plain) {
                const cv::Vec3f expected =
                    plain[i].mean + slope * static_cast<float>(p.t - plain[i].t);
                if (distance(p.mean, expected) <= kAgreement) {
                    inliers.push_back(&p);
                }
            }
            // Only a patch in the middle shows the change is a line, not two colours.
            const bool middle = std::any_of(inliers.begin(), inliers.end(), [](const Patch* p) {
                return std::abs(p->t - 0.5) < kMinTrendBase / 2;
            });
            if (!middle || inliers.size() <= best.votes || !sameChromaticity(inliers)) {
                continue;
            }
            // Least squares over the inliers, centred on the middle of the width.
            double n = 0, st = 0, stt = 0;
            cv::Vec3d sc(0, 0, 0), stc(0, 0, 0);
            double worst = 0;
            for (const auto* p : inliers) {
                const double t = p->t - 0.5;
                const cv::Vec3d c(p->mean[0], p->mean[1], p->mean[2]);
                n += 1;
                st += t;
                stt += t * t;
                sc += c;
                stc += c * t;
                worst = std::max(worst, p->std);
            }
            const double varT = stt / n - (st / n) * (st / n);
            if (varT <= 0) {
                continue;
            }
            const cv::Vec3d b = (stc / n - (sc / n) * (st / n)) / varT;
            const cv::Vec3d a = sc / n - b * (st / n);
            best.colour = cv::Vec3f(static_cast<float>(a[0]), static_cast<float>(a[1]),
                                    static_cast<float>(a[2]));
            best.slope = cv::Vec3f(static_cast<float>(b[0]), static_cast<float>(b[1]),
                                   static_cast<float>(b[2]));
            best.votes = inliers.size();
            best.worstStd = worst;
        }
    }
    return best;
}

cv::Vec3f BackgroundModel::colourAt(double t) const {
    return colour + slope * static_cast<float>(t - 0.5);
}

bool BackgroundModel::matches(const cv::Vec3b& px, double t) const {
    return distance(cv::Vec3f(px[0], px[1], px[2]), colourAt(t)) <= tolerance;
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
                             s, (r.x + side / 2.0) / static_cast<double>(w)});
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
    // A backdrop lit from one side: more patches on one line across the width than on one
    // colour.
    if (const auto trend = sideToSideTrend(plain);
        trend.votes >= kMinTrendPatches && trend.votes > bestVotes) {
        bestVotes = trend.votes;
        model.colour = trend.colour;
        model.slope = trend.slope;
        model.tolerance = std::max(kMinTolerance, static_cast<float>(4.0 * trend.worstStd + 10.0));
    }
    model.uniform = bestVotes >= 2;
    return model;
}

} // namespace gp::checks::analysis
