// Everything checks look at, for one photo: the file's bytes and name, the profile, the decoded
// upright image, the faces found, the main face's 68 landmarks, the head top and a person mask.
// Computed once, on first use, and shared by all checks (the OFIQ "session"). Checks never
// decode or detect on their own.
#pragma once

#include "PhotoProfile.h"

#include <array>
#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

namespace gp::checks {

/// dlib's 68-point layout (iBUG 300-W): 0-16 jaw, 17-26 brows, 27-35 nose, 36-47 eyes
/// (36-41 the person's right eye = left in the image), 48-67 mouth.
using Landmarks = std::array<cv::Point2f, 68>;

class CheckContext {
public:
    virtual ~CheckContext() = default;

    virtual const PhotoProfile& profile() const = 0;
    virtual const std::string& fileName() const = 0;
    /// The file exactly as submitted.
    virtual const std::string& bytes() const = 0;

    /// The upright image (EXIF orientation applied), 8-bit BGR, full size. Empty when the bytes
    /// are not a decodable image.
    virtual const cv::Mat& image() = 0;
    /// Faces found, largest first, in image() coordinates.
    virtual const std::vector<cv::Rect>& faces() = 0;
    /// The 68 landmarks of the largest face; nothing when no face was found.
    virtual const std::optional<Landmarks>& landmarks() = 0;
    /// The y of the top of the head (crown / hairline), found from the image above the face;
    /// nothing when no face was found.
    virtual std::optional<int> headTop() = 0;
    /// 255 where the person (head, hair, shoulders) is, 0 for background; same size as image().
    virtual const cv::Mat& personMask() = 0;
};

} // namespace gp::checks
