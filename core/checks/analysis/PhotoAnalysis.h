// The real CheckContext: one photo's shared inputs, each computed once on first use (the OFIQ
// "session"). Decode upright — a JPEG more than twice the profile's size at 1/2, 1/4 or 1/8 scale,
// its longer side still at least the profile's (the working image, see CheckContext.h); find faces
// with dlib's HOG detector on a copy whose long side is at most 800 px (upsampled 2× when the photo
// is small), mapped back to full-size coordinates; 68 landmarks of the largest face on the working
// image; the head top from the pixels above the brows (HeadTop.h); the person mask (PersonMask.h).
//
// One PhotoAnalysis per photo and per thread; the FaceModels it reads are shared read-only.
#pragma once

#include "FaceModels.h"
#include "core/checks/CheckContext.h"

#include <memory>
#include <string>

namespace gp::checks {

class PhotoAnalysis : public CheckContext {
public:
    PhotoAnalysis(std::string bytes, std::string fileName, const PhotoProfile& profile,
                  const FaceModels& models);
    ~PhotoAnalysis() override;
    PhotoAnalysis(const PhotoAnalysis&) = delete;
    PhotoAnalysis& operator=(const PhotoAnalysis&) = delete;

    const PhotoProfile& profile() const override { return profile_; }
    const std::string& fileName() const override { return fileName_; }
    const std::string& bytes() const override { return bytes_; }

    const cv::Mat& image() override;
    cv::Size originalSize() override;
    const cv::Mat& fullImage() override;
    const std::vector<cv::Rect>& faces() override;
    const std::optional<Landmarks>& landmarks() override;
    std::optional<int> headTop() override;
    const cv::Mat& personMask() override;

    /// Why image() is empty (the decoder's message); empty when the photo decoded.
    const std::string& decodeError();

    /// Detection runs on a copy with at most this long side (phone photos stay fast) ...
    static constexpr int kDetectMaxLongSide = 800;
    /// ... and on a 2× copy when the photo's long side is below this (small faces).
    static constexpr int kUpsampleBelowLongSide = 400;

private:
    struct Detector;

    std::string bytes_;
    std::string fileName_;
    const PhotoProfile& profile_;
    const FaceModels& models_;
    std::unique_ptr<Detector> detector_;

    bool imageDone_ = false;
    bool facesDone_ = false;
    bool landmarksDone_ = false;
    bool headTopDone_ = false;
    bool maskDone_ = false;
    bool fullDone_ = false;
    cv::Mat image_;
    cv::Size originalSize_;
    cv::Mat full_;
    std::string decodeError_;
    std::vector<cv::Rect> faces_;
    std::optional<Landmarks> landmarks_;
    std::optional<int> headTop_;
    cv::Mat mask_;
};

} // namespace gp::checks
