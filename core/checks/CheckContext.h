// Everything checks look at, for one photo: the file's bytes and name, the profile, the decoded
// upright image, the faces found, the main face's 68 landmarks, the head top and a person mask.
// Computed once, on first use, and shared by all checks (the OFIQ "session"). Checks never
// decode or detect on their own.
//
// The image the checks measure is the working image: a large JPEG is decoded at 1/2, 1/4 or 1/8
// scale (DCT scaling, its longer side still at least the profile's), so a 12-megapixel phone
// photo costs about what a 480×640 one does. Every position the context gives and the checks
// report (faces, landmarks, head top, mask, overlays, framing pixels) is in working-image pixels;
// what the standard says of the file itself (its pixel size, dpi, quality, size) is judged on the
// original: originalSize() and bytes().
#pragma once

#include "PhotoProfile.h"
#include "analysis/AddedFrame.h"

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

    /// The working image: upright (EXIF orientation applied), 8-bit BGR, full size or, for a
    /// large JPEG, decoded at reduced scale. Empty when the bytes are not a decodable image.
    virtual const cv::Mat& image() = 0;
    /// The photo's own pixel size, upright, whatever scale image() was decoded at.
    virtual cv::Size originalSize() { return image().size(); }
    /// The photo at full size, for a check that needs every original pixel (decoded on first
    /// use; image() itself when that is full size). The shipped checks measure shares, colours
    /// and shapes that the working image keeps, and do not ask for it.
    virtual const cv::Mat& fullImage() { return image(); }
    /// Faces found, largest first, in image() coordinates.
    virtual const std::vector<cv::Rect>& faces() = 0;
    /// The 68 landmarks of the largest face; nothing when no face was found.
    virtual const std::optional<Landmarks>& landmarks() = 0;
    /// The y of the top of the head (crown / hairline), found from the image above the face;
    /// nothing when no face was found.
    virtual std::optional<int> headTop() = 0;
    /// 255 where the person (head, hair, shoulders) is, 0 for background; same size as image().
    virtual const cv::Mat& personMask() = 0;

    // Derived once from image() and personMask() for the checks that share them (recomputed
    // when either is a different buffer; pixels changed in place are not noticed).
    /// image() in CIE Lab, CV_32FC3 (L 0–100, a and b about −128…127).
    const cv::Mat& labImage();
    /// Euclidean distance (px, CV_32F) of every pixel from the nearest person pixel.
    const cv::Mat& personDistance();
    /// A frame added along the edges (analysis/AddedFrame.h), searched with the profile's
    /// added_content thresholds; its picture() is the whole image when there is none. Every
    /// measure of the backdrop looks inside it.
    const analysis::AddedFrame& addedFrame();

private:
    struct Derived {
        /// The input it was computed from, held (shared, not copied) so that its buffer cannot
        /// be freed and reused by a new input at the same address.
        cv::Mat source;
        cv::Mat value;
        bool current(const cv::Mat& input) const {
            return source.data == input.data && source.size == input.size;
        }
    };
    Derived lab_;
    Derived distance_;
    Derived frameSource_;
    analysis::AddedFrame frame_;
};

} // namespace gp::checks
