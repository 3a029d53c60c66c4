// HEIF/HEIC through libheif: probing (with a full decode to catch damaged files) and decoding
// to BGR. Internal to core/imaging.
#pragma once

#include <opencv2/core.hpp>
#include <string>
#include <string_view>

namespace gp::imaging::detail {

struct HeifInfo {
    int width = 0; ///< of the coded image ('ispe'), before rotation/mirroring
    int height = 0;
    int orientation = 1;     ///< from the Exif item; 1 when absent
    std::string problemCode; ///< empty, truncated, corrupt, too_large_pixels
    std::string problem;
};

/// Reads the primary image's size and Exif orientation and decodes it (without colour
/// conversion) to prove the data is whole. Never throws.
HeifInfo probeHeif(std::string_view bytes, int maxSide);

/// Decodes the primary image to 8-bit BGR. With upright, the file's own transformations
/// (irot/imir/clap, which phones write to match their Exif orientation) are applied;
/// without, the coded pixels are returned as stored. Throws UserError.
cv::Mat decodeHeif(std::string_view bytes, bool upright);

} // namespace gp::imaging::detail
