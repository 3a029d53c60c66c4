// Decoding photos for display and analysis: JPEG/PNG/... through OpenCV, HEIC/HEIF through
// libheif, EXIF orientation applied so the picture is upright as the person saw it.
#pragma once

#include <opencv2/core.hpp>
#include <string_view>

namespace gp::imaging {

struct DecodeOptions {
    bool applyOrientation = true;
    /// Decode at 1/2, 1/4 or 1/8 scale where the codec can do it cheaply (JPEG), so that the
    /// longer side is at least this many pixels; 0 = full size.
    int minLongSide = 0;
};

/// Decodes to an 8-bit BGR image. Throws UserError when the bytes are not a decodable image.
cv::Mat decodeImage(std::string_view bytes, const DecodeOptions& options = {});

struct DecodedImage {
    cv::Mat image;     ///< 8-bit BGR, possibly at reduced scale (DecodeOptions::minLongSide)
    cv::Size fullSize; ///< the picture's size at full scale, oriented as image is
};

/// decodeImage, also saying how large the picture is at full scale (from the file's header,
/// without decoding it at full scale).
DecodedImage decodeImageWithSize(std::string_view bytes, const DecodeOptions& options = {});

/// Applies EXIF orientation 1..8 to an image.
cv::Mat applyExifOrientation(const cv::Mat& image, int orientation);

} // namespace gp::imaging
