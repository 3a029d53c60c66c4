// A small reader of a JPEG file's marker segments: whether the bytes are a JPEG at all, the
// colour components of the frame, the quantisation tables (DQT), and the resolution from the
// JFIF APP0 density or the EXIF XResolution. Enough for the file checks; decoding is OpenCV's.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace gp::checks::image {

struct JpegStructure {
    bool isJpeg = false; ///< starts with SOI and a marker
    int components = 0;  ///< from the SOF segment; 0 when none was found
    /// Quantisation table 0 (luminance by convention), in natural (row-major) order.
    std::optional<std::array<int, 64>> lumaTable;
    std::optional<double> dpiX; ///< dots per inch, when the file states it
    std::optional<double> dpiY;
    std::string dpiSource; ///< "JFIF" or "EXIF"
};

JpegStructure readJpegStructure(std::string_view bytes);

/// Sniffs the format by magic bytes: "jpeg", "png", "gif", "bmp", "webp", "tiff", "heif",
/// or "unknown".
std::string sniffFormat(std::string_view bytes);

struct IjgQuality {
    int quality = 0;         ///< 1–100, the IJG (libjpeg) quality factor whose table is nearest
    double meanAbsError = 0; ///< mean |table − IJG table| over the 64 entries (0 = exact)
};

/// Inverts libjpeg's jpeg_quality_scaling of the standard luminance table (ITU T.81 K.1).
IjgQuality estimateIjgQuality(const std::array<int, 64>& lumaTable);

} // namespace gp::checks::image
