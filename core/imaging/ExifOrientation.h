// The EXIF orientation tag (0x0112) read from an EXIF block with libexif. Internal to
// core/imaging.
#pragma once

#include <cstddef>

namespace gp::imaging::detail {

/// Orientation 1..8 from an EXIF block that starts with "Exif\0\0" (a JPEG APP1 payload);
/// 1 when the block holds no valid orientation.
int exifOrientation(const unsigned char* data, std::size_t size);

} // namespace gp::imaging::detail
