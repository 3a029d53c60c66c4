// What a file holds, decided from its content: format, pixel size, EXIF orientation, and
// whether it is a usable image at all. Used at intake, before anything is stored.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gp::imaging {

struct ImageLimits {
    std::uintmax_t maxBytes = 30ull * 1024 * 1024; ///< larger files are refused
    int maxSide = 12000;                           ///< larger width or height is refused
};

struct ImageProbe {
    bool ok = false;
    std::string format; ///< jpeg, png, heif, bmp, webp, tiff, gif; empty if unknown
    int width = 0;      ///< as stored (before orientation)
    int height = 0;
    int exifOrientation = 1; ///< EXIF 0x0112, 1..8; 1 when absent
    /// When !ok: empty_file, not_an_image, unsupported_format, truncated, corrupt,
    /// too_large_bytes, too_large_pixels.
    std::string problemCode;
    std::string problem; ///< a sentence for the user, English
};

/// Probes the bytes of one file. Never throws for bad content; fully decodes (at reduced
/// scale where the codec allows) so that a truncated or corrupt image is caught.
ImageProbe probeImage(std::string_view bytes, const ImageLimits& limits = {});

} // namespace gp::imaging
