#include "ImageRegions.h"

#include "core/checks/analysis/LabImage.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace gp::checks::image {

std::string fmt(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

CheckOutcome notApplicable(const std::string& id, const std::string& detail) {
    CheckOutcome o;
    o.checkId = id;
    o.verdict = Verdict::NotApplicable;
    o.detail = detail;
    return o;
}

void judge(CheckOutcome& outcome, bool ok, Verdict failVerdict, const std::string& reasonCode) {
    outcome.verdict = ok ? Verdict::Pass : failVerdict;
    outcome.reasonCode = ok ? std::string() : reasonCode;
}

OverlayShape box(const cv::Rect& r, const std::string& label) {
    return {OverlayShape::Kind::Box, {r.x, r.y, r.width, r.height}, label};
}

OverlayShape point(const cv::Point& p, const std::string& label) {
    return {OverlayShape::Kind::Point, {p.x, p.y}, label};
}

cv::Mat toLab(const cv::Mat& bgr) {
    return analysis::labOf(bgr);
}

cv::Vec3f labOfRgb(int r, int g, int b) {
    cv::Mat one(1, 1, CV_8UC3, cv::Scalar(b, g, r));
    return toLab(one).at<cv::Vec3f>(0, 0);
}

double deltaE(const cv::Vec3f& a, const cv::Vec3f& b) {
    return cv::norm(a - b);
}

std::optional<cv::Vec3f> medianOf(const cv::Mat& image3f, const cv::Mat& mask) {
    const auto count =
        static_cast<std::size_t>(mask.empty() ? image3f.total() : cv::countNonZero(mask));
    if (count == 0) {
        return std::nullopt;
    }
    std::vector<float> channel[3];
    for (auto& c : channel) {
        c.resize(count);
    }
    std::size_t n = 0;
    for (int y = 0; y < image3f.rows; ++y) {
        const auto* row = image3f.ptr<cv::Vec3f>(y);
        const auto* m = mask.empty() ? nullptr : mask.ptr<uchar>(y);
        for (int x = 0; x < image3f.cols; ++x) {
            if (m == nullptr || m[x] != 0) {
                channel[0][n] = row[x][0];
                channel[1][n] = row[x][1];
                channel[2][n] = row[x][2];
                ++n;
            }
        }
    }
    cv::Vec3f result;
    for (int c = 0; c < 3; ++c) {
        auto& v = channel[c];
        std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
        result[c] = v[v.size() / 2];
    }
    return result;
}

double quantileOf(const cv::Mat& image1f, const cv::Mat& mask, double q) {
    std::vector<float> values;
    values.reserve(mask.empty() ? image1f.total()
                                : static_cast<std::size_t>(cv::countNonZero(mask)));
    for (int y = 0; y < image1f.rows; ++y) {
        const auto* row = image1f.ptr<float>(y);
        const auto* m = mask.empty() ? nullptr : mask.ptr<uchar>(y);
        for (int x = 0; x < image1f.cols; ++x) {
            if (m == nullptr || m[x] != 0) {
                values.push_back(row[x]);
            }
        }
    }
    if (values.empty()) {
        return 0;
    }
    const auto k = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<long>(k), values.end());
    return values[k];
}

std::optional<cv::Rect> mainFace(CheckContext& context) {
    const auto& img = context.image();
    if (img.empty() || context.faces().empty()) {
        return std::nullopt;
    }
    const auto face = context.faces().front() & cv::Rect(0, 0, img.cols, img.rows);
    if (face.width < 8 || face.height < 8) {
        return std::nullopt;
    }
    return face;
}

cv::Rect innerFace(const cv::Rect& face) {
    return {face.x + face.width / 5, face.y + face.height * 3 / 20, face.width * 3 / 5,
            face.height * 7 / 10};
}

bool hasPersonMask(CheckContext& context) {
    const auto& img = context.image();
    const auto& mask = context.personMask();
    return !img.empty() && !mask.empty() && mask.type() == CV_8UC1 && mask.size() == img.size() &&
           cv::countNonZero(mask) > 0;
}

cv::Mat distanceFromPerson(const cv::Mat& mask) {
    cv::Mat outside;
    cv::bitwise_not(mask, outside);
    cv::Mat dist;
    cv::distanceTransform(outside, dist, cv::DIST_L2, cv::DIST_MASK_5);
    return dist;
}

cv::Mat grow(const cv::Mat& mask, int px) {
    if (px <= 0) {
        return mask.clone();
    }
    cv::Mat grown;
    cv::compare(distanceFromPerson(mask), double(px), grown, cv::CMP_LE);
    return grown;
}

cv::Mat edgeFrame(const cv::Size& size, int edgeMarginPx) {
    cv::Mat inner = cv::Mat::zeros(size, CV_8UC1);
    const cv::Rect keep(edgeMarginPx, edgeMarginPx, size.width - 2 * edgeMarginPx,
                        size.height - 2 * edgeMarginPx);
    if (keep.width > 0 && keep.height > 0) {
        inner(keep).setTo(255);
    }
    return inner;
}

cv::Mat pictureFrame(CheckContext& context, int edgeMarginPx) {
    const auto& picture = context.addedFrame().picture;
    const cv::Size size = context.image().size();
    cv::Mat inner = cv::Mat::zeros(size, CV_8UC1);
    const cv::Rect keep =
        cv::Rect(picture.x + edgeMarginPx, picture.y + edgeMarginPx,
                 picture.width - 2 * edgeMarginPx, picture.height - 2 * edgeMarginPx) &
        cv::Rect({0, 0}, size);
    if (keep.width > 0 && keep.height > 0) {
        inner(keep).setTo(255);
    }
    return inner;
}

cv::Mat backgroundRegion(CheckContext& context, int personMarginPx, int edgeMarginPx) {
    cv::Mat region;
    cv::compare(context.personDistance(), double(personMarginPx), region, cv::CMP_GT);
    const auto& picture = context.addedFrame().picture;
    if (edgeMarginPx > 0 || picture.size() != region.size()) {
        cv::bitwise_and(region, pictureFrame(context, std::max(0, edgeMarginPx)), region);
    }
    return region;
}

double focusMeasure(const cv::Mat& bgr, const cv::Rect& face, int normalisedWidth) {
    cv::Mat grey, scaled, laplacian;
    cv::cvtColor(bgr(face), grey, cv::COLOR_BGR2GRAY);
    const double s = double(normalisedWidth) / face.width;
    cv::resize(grey, scaled, {}, s, s, s < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Laplacian(scaled, laplacian, CV_32F);
    cv::Scalar mean, stddev;
    cv::meanStdDev(laplacian, mean, stddev);
    return stddev[0] * stddev[0];
}

Eye eyeAt(const Landmarks& landmarks, int first) {
    Eye eye;
    for (int i = first; i < first + 6; ++i) {
        eye.centre += landmarks[static_cast<std::size_t>(i)] / 6.0f;
    }
    const auto corner =
        landmarks[static_cast<std::size_t>(first)] - landmarks[static_cast<std::size_t>(first + 3)];
    eye.width = static_cast<float>(cv::norm(corner));
    return eye;
}

cv::Rect eyeBox(const Eye& eye, double widthRatio, double heightRatio, const cv::Size& image) {
    const double w = eye.width * widthRatio;
    const double h = eye.width * heightRatio;
    const cv::Rect r(static_cast<int>(std::lround(eye.centre.x - w / 2)),
                     static_cast<int>(std::lround(eye.centre.y - h / 2)),
                     static_cast<int>(std::lround(w)), static_cast<int>(std::lround(h)));
    return r & cv::Rect({0, 0}, image);
}

int intValue(const PhotoProfile& profile, const std::string& key) {
    return static_cast<int>(std::lround(profile.number(key)));
}

} // namespace gp::checks::image
