#include "PersonMask.h"

#include "BackgroundModel.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace gp::checks::analysis {

namespace {
constexpr int kWorkLongSide = 200;
} // namespace

cv::Mat estimatePersonMask(const cv::Mat& bgr, const std::optional<cv::Rect>& face,
                           std::optional<int> headTop) {
    if (bgr.empty()) {
        return {};
    }
    const double scale =
        std::min(1.0, static_cast<double>(kWorkLongSide) / std::max(bgr.cols, bgr.rows));
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::Mat mask = cv::Mat::zeros(small.size(), CV_8U);

    std::optional<cv::Rect> faceSmall;
    if (face) {
        faceSmall = cv::Rect(static_cast<int>(face->x * scale), static_cast<int>(face->y * scale),
                             std::max(1, static_cast<int>(face->width * scale)),
                             std::max(1, static_cast<int>(face->height * scale)));
    }
    const cv::Rect whole(0, 0, small.cols, small.rows);
    const auto background = sampleBackground(small);

    if (background.uniform) {
        // The backdrop may darken or lighten gradually down the photo (a studio vignette): each
        // row's backdrop is followed at the left and right edges, accepted while it drifts by
        // less than the tolerance from the row above (clothing reaching the edge is a jump,
        // and then the row above's colour is kept), and interpolated between the two sides.
        const int strip = std::max(2, small.cols / 25);
        cv::Vec3f lastLeft = background.colourAt(0.0);
        cv::Vec3f lastRight = background.colourAt(1.0);
        const auto stripMean = [&](int y, int x0) {
            const cv::Scalar m = cv::mean(small(cv::Rect(x0, y, strip, 1)));
            return cv::Vec3f(static_cast<float>(m[0]), static_cast<float>(m[1]),
                             static_cast<float>(m[2]));
        };
        const auto near = [&](const cv::Vec3f& a, const cv::Vec3f& b) {
            return std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]),
                             std::abs(a[2] - b[2])}) <= background.tolerance;
        };
        for (int y = 0; y < small.rows; ++y) {
            const auto left = stripMean(y, 0);
            const auto right = stripMean(y, small.cols - strip);
            if (near(left, lastLeft)) {
                lastLeft = left;
            }
            if (near(right, lastRight)) {
                lastRight = right;
            }
            const auto* row = small.ptr<cv::Vec3b>(y);
            auto* out = mask.ptr<uchar>(y);
            for (int x = 0; x < small.cols; ++x) {
                const float t = static_cast<float>(x) / static_cast<float>(small.cols - 1);
                const cv::Vec3f expected = lastLeft * (1.0F - t) + lastRight * t;
                out[x] = near(cv::Vec3f(row[x][0], row[x][1], row[x][2]), expected) ? 0 : 255;
            }
        }
        const auto kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3));
        cv::morphologyEx(mask, mask, cv::MORPH_OPEN, kernel);
        cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, kernel);
        if (faceSmall) {
            // Keep the blobs that touch the face or the body area under it.
            const cv::Rect body(faceSmall->x - faceSmall->width, faceSmall->y + faceSmall->height,
                                faceSmall->width * 3, small.rows);
            cv::Mat labels;
            cv::Mat stats;
            cv::Mat centroids;
            const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8);
            std::vector<uchar> keep(static_cast<std::size_t>(n), 0);
            const cv::Rect core = (*faceSmall | body) & whole;
            for (int y = core.y; y < core.y + core.height; ++y) {
                const auto* l = labels.ptr<int>(y);
                for (int x = core.x; x < core.x + core.width; ++x) {
                    if (l[x] > 0 && (faceSmall->contains({x, y}) || body.contains({x, y}))) {
                        keep[static_cast<std::size_t>(l[x])] = 255;
                    }
                }
            }
            for (int y = 0; y < small.rows; ++y) {
                const auto* l = labels.ptr<int>(y);
                auto* out = mask.ptr<uchar>(y);
                for (int x = 0; x < small.cols; ++x) {
                    out[x] = keep[static_cast<std::size_t>(l[x])];
                }
            }
            // The face itself is always the person (skin may be close to a white backdrop).
            cv::ellipse(
                mask,
                cv::RotatedRect(cv::Point2f(static_cast<float>(faceSmall->x) +
                                                static_cast<float>(faceSmall->width) / 2.0F,
                                            static_cast<float>(faceSmall->y) +
                                                static_cast<float>(faceSmall->height) / 2.0F),
                                cv::Size2f(static_cast<float>(faceSmall->width),
                                           static_cast<float>(faceSmall->height) * 1.2F),
                                0.0F),
                cv::Scalar(255), cv::FILLED);
        }
        // Fill holes: background regions that do not reach the image border.
        cv::Mat inverse;
        cv::bitwise_not(mask, inverse);
        cv::Mat labels;
        const int n = cv::connectedComponents(inverse, labels, 4);
        std::vector<uchar> border(static_cast<std::size_t>(n), 0);
        for (int x = 0; x < small.cols; ++x) {
            border[static_cast<std::size_t>(labels.at<int>(0, x))] = 1;
            border[static_cast<std::size_t>(labels.at<int>(small.rows - 1, x))] = 1;
        }
        for (int y = 0; y < small.rows; ++y) {
            border[static_cast<std::size_t>(labels.at<int>(y, 0))] = 1;
            border[static_cast<std::size_t>(labels.at<int>(y, small.cols - 1))] = 1;
        }
        for (int y = 0; y < small.rows; ++y) {
            const auto* l = labels.ptr<int>(y);
            auto* out = mask.ptr<uchar>(y);
            for (int x = 0; x < small.cols; ++x) {
                if (l[x] > 0 && border[static_cast<std::size_t>(l[x])] == 0) {
                    out[x] = 255;
                }
            }
        }
    } else if (faceSmall) {
        // Busy backdrop: a geometric person around the face.
        const double top = headTop ? *headTop * scale : faceSmall->y - 0.5 * faceSmall->height;
        const double cx = faceSmall->x + faceSmall->width / 2.0;
        const double bottom = faceSmall->y + faceSmall->height * 1.1;
        cv::ellipse(mask,
                    cv::RotatedRect(cv::Point2f(static_cast<float>(cx),
                                                static_cast<float>((top + bottom) / 2.0)),
                                    cv::Size2f(static_cast<float>(faceSmall->width * 1.3),
                                               static_cast<float>(bottom - top)),
                                    0.0F),
                    cv::Scalar(255), cv::FILLED);
        const int neckTop = static_cast<int>(bottom - faceSmall->height * 0.2);
        cv::rectangle(mask,
                      cv::Rect(static_cast<int>(cx - faceSmall->width * 0.35), neckTop,
                               static_cast<int>(faceSmall->width * 0.7), faceSmall->height) &
                          whole,
                      cv::Scalar(255), cv::FILLED);
        const int shoulderTop = static_cast<int>(bottom + faceSmall->height * 0.4);
        cv::rectangle(mask,
                      cv::Rect(static_cast<int>(cx - faceSmall->width * 1.4), shoulderTop,
                               static_cast<int>(faceSmall->width * 2.8), small.rows) &
                          whole,
                      cv::Scalar(255), cv::FILLED);
    }
    cv::Mat full;
    cv::resize(mask, full, bgr.size(), 0, 0, cv::INTER_LINEAR);
    cv::threshold(full, full, 127, 255, cv::THRESH_BINARY);
    return full;
}

} // namespace gp::checks::analysis
