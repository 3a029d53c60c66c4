// A check context whose inputs a test sets directly: the image, the faces, the landmarks, the
// head top and the person mask. Checks are unit-tested on exactly the input they are about.
#pragma once

#include "core/checks/CheckContext.h"

#include <optional>
#include <string>
#include <vector>

namespace gp::test {

class FixedCheckContext : public checks::CheckContext {
public:
    explicit FixedCheckContext(const checks::PhotoProfile& profile) : profile_(profile) {}

    const checks::PhotoProfile& profile() const override { return profile_; }
    const std::string& fileName() const override { return fileName_; }
    const std::string& bytes() const override { return bytes_; }
    const cv::Mat& image() override { return image_; }
    const std::vector<cv::Rect>& faces() override { return faces_; }
    const std::optional<checks::Landmarks>& landmarks() override { return landmarks_; }
    std::optional<int> headTop() override { return headTop_; }
    const cv::Mat& personMask() override { return mask_; }

    std::string fileName_ = "photo.jpg";
    std::string bytes_;
    cv::Mat image_;
    std::vector<cv::Rect> faces_;
    std::optional<checks::Landmarks> landmarks_;
    std::optional<int> headTop_;
    cv::Mat mask_;

private:
    const checks::PhotoProfile& profile_;
};

} // namespace gp::test
