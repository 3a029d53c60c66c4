#include "PhotoAnalysis.h"

#include "FaceModelsImpl.h"
#include "HeadTop.h"
#include "PersonMask.h"
#include "core/imaging/ImageDecoder.h"

#include <algorithm>
#include <cmath>
#include <dlib/opencv.h>
#include <opencv2/imgproc.hpp>

namespace gp::checks {

struct PhotoAnalysis::Detector {
    dlib::frontal_face_detector detector; // this analysis's own copy: not shared across threads
};

PhotoAnalysis::PhotoAnalysis(std::string bytes, std::string fileName, const PhotoProfile& profile,
                             const FaceModels& models)
    : bytes_(std::move(bytes)), fileName_(std::move(fileName)), profile_(profile), models_(models) {
}

PhotoAnalysis::~PhotoAnalysis() = default;

const cv::Mat& PhotoAnalysis::image() {
    if (!imageDone_) {
        imageDone_ = true;
        try {
            const int profileLongSide = static_cast<int>(
                std::max(profile_.has("file.width_px") ? profile_.number("file.width_px") : 0.0,
                         profile_.has("file.height_px") ? profile_.number("file.height_px") : 0.0));
            auto decoded = imaging::decodeImageWithSize(bytes_, {.minLongSide = profileLongSide});
            image_ = std::move(decoded.image);
            originalSize_ = decoded.fullSize;
        } catch (const std::exception& e) {
            image_.release();
            originalSize_ = cv::Size();
            decodeError_ = e.what();
        }
    }
    return image_;
}

cv::Size PhotoAnalysis::originalSize() {
    image();
    return originalSize_;
}

const cv::Mat& PhotoAnalysis::fullImage() {
    if (image().empty() || image_.size() == originalSize_) {
        return image_;
    }
    if (!fullDone_) {
        fullDone_ = true;
        try {
            full_ = imaging::decodeImage(bytes_);
        } catch (const std::exception&) {
            full_.release();
        }
    }
    return full_;
}

const std::string& PhotoAnalysis::decodeError() {
    image();
    return decodeError_;
}

const std::vector<cv::Rect>& PhotoAnalysis::faces() {
    if (facesDone_) {
        return faces_;
    }
    facesDone_ = true;
    const cv::Mat& img = image();
    if (img.empty()) {
        return faces_;
    }
    const int longSide = std::max(img.cols, img.rows);
    double scale = std::min(1.0, static_cast<double>(kDetectMaxLongSide) / longSide);
    if (longSide < kUpsampleBelowLongSide) {
        scale = 2.0;
    }
    cv::Mat gray;
    cv::cvtColor(img, gray, cv::COLOR_BGR2GRAY);
    if (scale != 1.0) {
        cv::resize(gray, gray, cv::Size(), scale, scale,
                   scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    if (!detector_) {
        detector_ = std::make_unique<Detector>(Detector{models_.impl().detector});
    }
    const dlib::cv_image<unsigned char> view(gray);
    const auto found = detector_->detector(view);
    for (const auto& r : found) {
        const auto x = static_cast<int>(std::lround(static_cast<double>(r.left()) / scale));
        const auto y = static_cast<int>(std::lround(static_cast<double>(r.top()) / scale));
        const auto w = static_cast<int>(std::lround(static_cast<double>(r.width()) / scale));
        const auto h = static_cast<int>(std::lround(static_cast<double>(r.height()) / scale));
        faces_.emplace_back(x, y, w, h); // not clipped: a box past the edge means a cut face
    }
    std::stable_sort(faces_.begin(), faces_.end(),
                     [](const cv::Rect& a, const cv::Rect& b) { return a.area() > b.area(); });
    return faces_;
}

const std::optional<Landmarks>& PhotoAnalysis::landmarks() {
    if (landmarksDone_) {
        return landmarks_;
    }
    landmarksDone_ = true;
    const auto& found = faces();
    if (found.empty()) {
        return landmarks_;
    }
    const cv::Rect& f = found.front();
    const dlib::cv_image<dlib::bgr_pixel> view(image());
    const auto shape = models_.impl().landmarks68(
        view, dlib::rectangle(f.x, f.y, f.x + f.width - 1, f.y + f.height - 1));
    if (shape.num_parts() != 68) {
        return landmarks_;
    }
    Landmarks points;
    for (unsigned long i = 0; i < 68; ++i) {
        points[i] = cv::Point2f(static_cast<float>(shape.part(i).x()),
                                static_cast<float>(shape.part(i).y()));
    }
    landmarks_ = points;
    return landmarks_;
}

std::optional<int> PhotoAnalysis::headTop() {
    if (!headTopDone_) {
        headTopDone_ = true;
        if (const auto& lm = landmarks()) {
            headTop_ = analysis::findHeadTop(image(), *lm);
        }
    }
    return headTop_;
}

const cv::Mat& PhotoAnalysis::personMask() {
    if (!maskDone_) {
        maskDone_ = true;
        const auto& found = faces();
        if (image().empty()) {
            mask_ = analysis::estimatePersonMask(image(), std::nullopt, std::nullopt);
            return mask_;
        }
        // Inside an added frame: the backdrop is sampled and followed in the picture, not in
        // the frame, and the frame is not person.
        const cv::Rect picture = addedFrame().picture;
        std::optional<cv::Rect> face;
        if (!found.empty()) {
            face = found.front() - picture.tl();
        }
        std::optional<int> top = headTop();
        if (top) {
            *top -= picture.y;
        }
        const cv::Mat inside = analysis::estimatePersonMask(image()(picture), face, top);
        if (picture.size() == image().size()) {
            mask_ = inside;
        } else {
            mask_ = cv::Mat::zeros(image().size(), CV_8UC1);
            inside.copyTo(mask_(picture));
        }
    }
    return mask_;
}

} // namespace gp::checks
