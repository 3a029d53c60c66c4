// The two ways the upload package may change a JPEG file without touching the face: state the
// resolution in the JFIF header (the image data stays byte for byte), and re-encode the same
// pixels at another quality so that the file size lands in the profile's band (never resized,
// cropped or filtered).
#pragma once

#include <opencv2/core.hpp>
#include <optional>
#include <string>

namespace gp::reports {

/// Sets the JFIF APP0 density to dpi × dpi dots per inch, inserting a JFIF segment after SOI
/// when the file has none. False when bytes is not a JPEG.
bool setJfifDensity(std::string& bytes, int dpi);

struct EncodedJpeg {
    std::string bytes;
    int quality = 0; ///< the IJG quality factor used
};

/// Encodes image (8-bit BGR) as baseline JPEG at the highest quality in [minQuality,
/// maxQuality] whose file is at most maxBytes, stating dpi; nothing when even minQuality is
/// too big or maxQuality too small (below minBytes).
std::optional<EncodedJpeg> encodeJpegInSizeBand(const cv::Mat& image, std::size_t minBytes,
                                                std::size_t maxBytes, int minQuality,
                                                int maxQuality, int dpi);

} // namespace gp::reports
