#include "DescriptorExtractor.h"

#include "RecognitionModelsImpl.h"
#include "core/imaging/ImageDecoder.h"

#include <algorithm>
#include <cmath>
#include <dlib/image_transforms.h>
#include <dlib/opencv.h>
#include <iomanip>
#include <opencv2/imgproc.hpp>
#include <sstream>

namespace gp::faces {

struct DescriptorExtractor::Worker {
    dlib::frontal_face_detector detector; // this extractor's own copies
    network::ResNet network;
};

namespace {

/// True when the image carries (almost) no colour: a grey or scanned black-and-white photo.
bool isGrey(const cv::Mat& bgr) {
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(64, 64), 0, 0, cv::INTER_AREA);
    cv::Mat hsv;
    cv::cvtColor(small, hsv, cv::COLOR_BGR2HSV);
    std::vector<cv::Mat> channels;
    cv::split(hsv, channels);
    return cv::mean(channels[1])[0] < 12.0; // mean saturation out of 255
}

std::string formatScale(double scale) {
    std::ostringstream out;
    out << std::setprecision(2) << scale;
    return out.str();
}

} // namespace

DescriptorExtractor::DescriptorExtractor(const RecognitionModels& models,
                                         ExtractionSettings settings)
    : models_(models), settings_(settings),
      worker_(std::make_unique<Worker>(Worker{models.impl().detector, models.impl().network})) {}

DescriptorExtractor::~DescriptorExtractor() = default;

ExtractedFace DescriptorExtractor::extract(std::string_view bytes) {
    return extract(imaging::decodeImage(bytes));
}

ExtractedFace DescriptorExtractor::extract(const cv::Mat& image) {
    ExtractedFace out;
    out.descriptor.modelId = models_.modelId();
    if (image.empty()) {
        return out;
    }
    out.grey = isGrey(image);
    cv::Mat gray;
    cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    const int longSide = std::max(image.cols, image.rows);

    // Detection passes: the cheapest scale first, doubling until a face is found.
    std::vector<dlib::rectangle> found;
    // A small image (an old enrollment photo) is upsampled from the start, so its face is
    // seen at the size the detector knows best.
    double scale = std::min(static_cast<double>(settings_.maxUpsample),
                            static_cast<double>(settings_.detectLongSidePx) / longSide);
    for (;;) {
        cv::Mat view = gray;
        if (scale != 1.0) {
            cv::resize(gray, view, cv::Size(), scale, scale,
                       scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
        }
        found = worker_->detector(dlib::cv_image<unsigned char>(view));
        out.detectionScale = scale;
        const double next = scale * 2.0;
        if (!found.empty() || next > settings_.maxUpsample + 1e-9 ||
            next * longSide > settings_.maxDetectLongSidePx) {
            break;
        }
        scale = next;
    }
    std::vector<std::string> notes;
    if (out.detectionScale > 1.0) {
        notes.push_back("upsampled " + formatScale(out.detectionScale) + "x to find the face");
    }
    if (out.grey) {
        notes.push_back("grey image");
    }
    out.descriptor.faceCount = static_cast<int>(found.size());
    if (!found.empty()) {
        // The largest face, mapped back to the image's own pixels.
        const auto largest = *std::max_element(
            found.begin(), found.end(),
            [](const dlib::rectangle& a, const dlib::rectangle& b) { return a.area() < b.area(); });
        const double inv = 1.0 / out.detectionScale;
        const auto back = [inv](long v) {
            return std::lround(static_cast<double>(v) * inv);
        };
        const dlib::rectangle box(back(largest.left()), back(largest.top()),
                                  back(largest.right() + 1) - 1, back(largest.bottom() + 1) - 1);
        out.descriptor.box = {static_cast<int>(box.left()), static_cast<int>(box.top()),
                              static_cast<int>(box.width()), static_cast<int>(box.height())};

        const dlib::cv_image<dlib::bgr_pixel> colour(image);
        const auto shape = models_.impl().landmarks5(colour, box);
        dlib::matrix<dlib::rgb_pixel> chip;
        dlib::extract_image_chip(
            colour, dlib::get_face_chip_details(shape, network::kChipSize, network::kChipPadding),
            chip);
        std::vector<dlib::matrix<dlib::rgb_pixel>> chips{chip};
        if (settings_.mirrored) {
            dlib::matrix<dlib::rgb_pixel> flipped;
            dlib::flip_image_left_right(chip, flipped);
            chips.push_back(std::move(flipped));
        }
        const auto descriptors = worker_->network(chips);
        out.descriptor.descriptor.assign(descriptors[0].begin(), descriptors[0].end());
        if (settings_.mirrored) {
            out.mirrored.assign(descriptors[1].begin(), descriptors[1].end());
        }
    }
    for (const auto& n : notes) {
        out.descriptor.note += (out.descriptor.note.empty() ? "" : "; ") + n;
    }
    return out;
}

} // namespace gp::faces
