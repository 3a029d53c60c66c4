// Format detection by magic bytes and a cheap structural read of an image's headers: pixel
// size, EXIF orientation, and whether the file is cut short or malformed. Internal to
// core/imaging; ImageProbe and ImageDecoder build on it.
#pragma once

#include <string>
#include <string_view>

namespace gp::imaging::detail {

enum class Format {
    Unknown,    ///< not an image we recognise (text, office documents, ...)
    Pdf,        ///< a PDF document (a common mistake: a scanned form instead of a photo)
    OtherImage, ///< an image format we do not accept (JPEG 2000, JPEG XL, PSD, ...)
    Jpeg,
    Png,
    Heif,
    Bmp,
    Webp,
    Tiff,
    Gif,
};

/// From the first bytes only.
Format detectFormat(std::string_view bytes);

/// "jpeg", "png", "heif", "bmp", "webp", "tiff", "gif"; empty for the others.
const char* formatName(Format format);

struct Header {
    Format format = Format::Unknown;
    int width = 0;
    int height = 0;
    int orientation = 1;     ///< EXIF orientation (JPEG APP1, TIFF IFD0); 1 when absent
    std::string problemCode; ///< empty, truncated or corrupt
    std::string problem;
};

/// Reads the headers of a JPEG, PNG, BMP, WebP, TIFF or GIF file. For JPEG it also walks the
/// entropy-coded data to the EOI marker, and for PNG every chunk to IEND, so that a file cut
/// short is found without decoding. HEIF is read through libheif instead (HeifCodec.h).
Header readHeader(std::string_view bytes);

} // namespace gp::imaging::detail
