#include "core/imaging/ImageDecoder.h"

#include "core/common/UserError.h"
#include "core/imaging/HeifCodec.h"
#include "core/imaging/ImageHeader.h"

#include <algorithm>
#include <climits>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <utility>

namespace gp::imaging {

namespace {

using detail::Format;

// The strongest JPEG reduction (1/8, 1/4, 1/2) that keeps the longer side >= minLongSide.
int reducedFlags(int longSide, int minLongSide) {
    if (minLongSide <= 0) {
        return cv::IMREAD_COLOR;
    }
    struct Step {
        int scale;
        int flags;
    };
    for (const Step step :
         {Step{8, cv::IMREAD_REDUCED_COLOR_8}, Step{4, cv::IMREAD_REDUCED_COLOR_4},
          Step{2, cv::IMREAD_REDUCED_COLOR_2}}) {
        if ((longSide + step.scale - 1) / step.scale >= minLongSide) {
            return step.flags;
        }
    }
    return cv::IMREAD_COLOR;
}

} // namespace

cv::Mat decodeImage(std::string_view bytes, const DecodeOptions& options) {
    return decodeImageWithSize(bytes, options).image;
}

DecodedImage decodeImageWithSize(std::string_view bytes, const DecodeOptions& options) {
    if (bytes.empty()) {
        throw UserError("The file is empty (0 bytes); it holds no image.");
    }
    const Format format = detail::detectFormat(bytes);
    if (format == Format::Heif) {
        // HEIF carries its orientation as irot/imir boxes, which libheif applies; phones write
        // the same orientation into the Exif item, which is therefore not applied again.
        DecodedImage decoded;
        decoded.image = detail::decodeHeif(bytes, options.applyOrientation);
        decoded.fullSize = decoded.image.size();
        return decoded;
    }
    if (format == Format::Unknown || format == Format::Pdf || format == Format::OtherImage ||
        format == Format::Gif) {
        throw UserError("The file is not an image that can be opened (JPEG, PNG, HEIC, BMP, "
                        "WebP or TIFF).");
    }
    const detail::Header header = detail::readHeader(bytes);
    if (!header.problemCode.empty()) {
        throw UserError(header.problem);
    }
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        throw UserError("The file is too large to decode.");
    }
    int flags = cv::IMREAD_COLOR;
    if (format == Format::Jpeg) {
        flags = reducedFlags(std::max(header.width, header.height), options.minLongSide);
    }
    cv::Mat image;
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8U,
                             const_cast<char*>(bytes.data()));
        // Orientation is applied below, the same way for every format.
        image = cv::imdecode(buffer, flags | cv::IMREAD_IGNORE_ORIENTATION);
    } catch (const cv::Exception&) {
        image.release();
    }
    if (image.empty()) {
        throw UserError("The image is damaged and cannot be decoded.");
    }
    DecodedImage decoded;
    // As stored: the header's size when the decoder scaled the picture down.
    decoded.fullSize = flags != cv::IMREAD_COLOR && header.width > 0 && header.height > 0
                           ? cv::Size(header.width, header.height)
                           : image.size();
    if (options.applyOrientation) {
        image = applyExifOrientation(image, header.orientation);
        if (header.orientation >= 5 && header.orientation <= 8) {
            std::swap(decoded.fullSize.width, decoded.fullSize.height);
        }
    }
    decoded.image = image;
    return decoded;
}

cv::Mat applyExifOrientation(const cv::Mat& image, int orientation) {
    cv::Mat out;
    switch (orientation) {
    case 2: // mirrored
        cv::flip(image, out, 1);
        break;
    case 3: // upside down
        cv::rotate(image, out, cv::ROTATE_180);
        break;
    case 4: // upside down and mirrored
        cv::flip(image, out, 0);
        break;
    case 5: // transpose: mirrored and turned
        cv::transpose(image, out);
        break;
    case 6: // needs a quarter turn clockwise
        cv::rotate(image, out, cv::ROTATE_90_CLOCKWISE);
        break;
    case 7: // transverse: transpose, then turn half way
        cv::transpose(image, out);
        cv::flip(out, out, -1);
        break;
    case 8: // needs a quarter turn counter-clockwise
        cv::rotate(image, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        break;
    default: // 1 (upright) or not a valid orientation: unchanged
        out = image;
        break;
    }
    return out;
}

} // namespace gp::imaging
