#include "core/imaging/ImageProbe.h"

#include "core/imaging/HeifCodec.h"
#include "core/imaging/ImageHeader.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <opencv2/imgcodecs.hpp>

namespace gp::imaging {

namespace {

using detail::Format;

ImageProbe refuse(ImageProbe probe, std::string code, std::string problem) {
    probe.ok = false;
    probe.problemCode = std::move(code);
    probe.problem = std::move(problem);
    return probe;
}

std::string megabytes(std::uintmax_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

ImageProbe tooManyPixels(ImageProbe probe, int maxSide) {
    std::string problem = "The image is " + std::to_string(probe.width) + " x " +
                          std::to_string(probe.height) + " pixels; images wider or taller than " +
                          std::to_string(maxSide) + " pixels are not accepted.";
    return refuse(std::move(probe), "too_large_pixels", std::move(problem));
}

// Decodes the whole image (JPEG at 1/8 scale, which still reads every coefficient) and checks
// the result has the size the header promised.
bool decodesWhole(std::string_view bytes, Format format, int width, int height) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        return false;
    }
    const bool jpeg = format == Format::Jpeg;
    const int flags = (jpeg ? cv::IMREAD_REDUCED_GRAYSCALE_8 : cv::IMREAD_GRAYSCALE) |
                      cv::IMREAD_IGNORE_ORIENTATION;
    cv::Mat decoded;
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8U,
                             const_cast<char*>(bytes.data()));
        decoded = cv::imdecode(buffer, flags);
    } catch (const cv::Exception&) {
        return false;
    }
    if (decoded.empty()) {
        return false;
    }
    const int scale = jpeg ? 8 : 1;
    return decoded.cols == (width + scale - 1) / scale &&
           decoded.rows == (height + scale - 1) / scale;
}

} // namespace

ImageProbe probeImage(std::string_view bytes, const ImageLimits& limits) {
    ImageProbe probe;
    if (bytes.empty()) {
        return refuse(probe, "empty_file", "The file is empty (0 bytes).");
    }
    if (bytes.size() > limits.maxBytes) {
        return refuse(probe, "too_large_bytes",
                      "The file is " + megabytes(bytes.size()) + "; files over " +
                          megabytes(limits.maxBytes) + " are not accepted.");
    }
    const Format format = detail::detectFormat(bytes);
    switch (format) {
    case Format::Pdf:
        return refuse(probe, "not_an_image",
                      "The file is a PDF document, not a photo. Submit the photo as a JPEG.");
    case Format::Unknown:
        return refuse(probe, "not_an_image",
                      "The file is not an image (its content is not JPEG, PNG, HEIC, BMP, "
                      "WebP, TIFF or GIF).");
    case Format::OtherImage:
        return refuse(probe, "unsupported_format",
                      "The image format is not supported. Submit the photo as a JPEG.");
    default:
        break;
    }
    probe.format = detail::formatName(format);

    if (format == Format::Heif) {
        const detail::HeifInfo heif = detail::probeHeif(bytes, limits.maxSide);
        probe.width = heif.width;
        probe.height = heif.height;
        probe.exifOrientation = heif.orientation;
        if (heif.problemCode == "too_large_pixels") {
            return tooManyPixels(probe, limits.maxSide);
        }
        if (!heif.problemCode.empty()) {
            return refuse(probe, heif.problemCode, heif.problem);
        }
        probe.ok = true;
        return probe;
    }

    const detail::Header header = detail::readHeader(bytes);
    probe.width = header.width;
    probe.height = header.height;
    probe.exifOrientation = header.orientation;
    if (!header.problemCode.empty()) {
        return refuse(probe, header.problemCode, header.problem);
    }
    if (header.width <= 0 || header.height <= 0) {
        return refuse(probe, "corrupt", "The image header gives no pixel size.");
    }
    if (std::max(header.width, header.height) > limits.maxSide) {
        return tooManyPixels(probe, limits.maxSide);
    }
    if (format == Format::Gif) { // OpenCV 4.6 has no GIF reader; GIF is no photo format anyway
        return refuse(probe, "unsupported_format",
                      "GIF images are not accepted. Submit the photo as a JPEG.");
    }
    if (!decodesWhole(bytes, format, header.width, header.height)) {
        return refuse(probe, "corrupt",
                      "The image is damaged and cannot be decoded. Ask for the photo again.");
    }
    probe.ok = true;
    return probe;
}

} // namespace gp::imaging
