#include "core/imaging/ImageHeader.h"

#include "core/imaging/ExifOrientation.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace gp::imaging::detail {

namespace {

using Bytes = const unsigned char*;

Header headerOf(Format format) {
    Header header;
    header.format = format;
    return header;
}

bool startsWith(std::string_view bytes, std::string_view magic, std::size_t at = 0) {
    return bytes.size() >= at + magic.size() && bytes.substr(at, magic.size()) == magic;
}

std::uint32_t be16(Bytes p) {
    return static_cast<std::uint32_t>(p[0] << 8 | p[1]);
}
std::uint32_t le16(Bytes p) {
    return static_cast<std::uint32_t>(p[1] << 8 | p[0]);
}
std::uint32_t be32(Bytes p) {
    return static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16 |
           static_cast<std::uint32_t>(p[2]) << 8 | p[3];
}
std::uint32_t le32(Bytes p) {
    return static_cast<std::uint32_t>(p[3]) << 24 | static_cast<std::uint32_t>(p[2]) << 16 |
           static_cast<std::uint32_t>(p[1]) << 8 | p[0];
}

int toInt(std::uint32_t value) {
    return value > 0x7FFFFFFFu ? 0 : static_cast<int>(value);
}

Header truncated(Header header, const char* what) {
    header.problemCode = "truncated";
    header.problem = std::string("The file is cut short: ") + what +
                     ". Ask for the photo again (the upload or copy was incomplete).";
    return header;
}

Header corrupt(Header header, const char* what) {
    header.problemCode = "corrupt";
    header.problem = std::string("The image is damaged: ") + what + ".";
    return header;
}

// ISO-BMFF 'ftyp' box with an HEIF/HEIC/AVIF brand.
bool isHeif(std::string_view bytes) {
    if (bytes.size() < 16 || !startsWith(bytes, "ftyp", 4)) {
        return false;
    }
    static constexpr std::array<std::string_view, 12> brands = {"heic", "heix", "heim", "heis",
                                                                "hevc", "hevx", "hevm", "hevs",
                                                                "mif1", "msf1", "avif", "avis"};
    const auto boxSize = std::min<std::size_t>(be32(reinterpret_cast<Bytes>(bytes.data())),
                                               std::min<std::size_t>(bytes.size(), 4096));
    auto known = [&](std::size_t at) {
        for (auto brand : brands) {
            if (startsWith(bytes, brand, at)) {
                return true;
            }
        }
        return false;
    };
    if (known(8)) { // major brand
        return true;
    }
    for (std::size_t at = 16; at + 4 <= boxSize; at += 4) { // compatible brands
        if (known(at)) {
            return true;
        }
    }
    return false;
}

bool isSof(unsigned marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Walks the JPEG marker segments and the entropy-coded data of every scan up to EOI. Cheap
// (a memchr over the data), and it finds what libjpeg would only warn about: a file cut
// short, or data that is not a JPEG stream past a valid-looking header.
Header readJpeg(std::string_view bytes) {
    Header header = headerOf(Format::Jpeg);
    const auto* p = reinterpret_cast<Bytes>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t pos = 2; // after SOI
    bool haveFrame = false;
    bool haveScan = false;
    bool haveExif = false;
    for (;;) {
        if (pos >= n) {
            return truncated(header, "the JPEG data ends before its end marker");
        }
        if (p[pos] != 0xFF) {
            return corrupt(header, "a JPEG marker is missing where one is required");
        }
        while (pos < n && p[pos] == 0xFF) { // fill bytes
            ++pos;
        }
        if (pos >= n) {
            return truncated(header, "the JPEG data ends before its end marker");
        }
        const unsigned marker = p[pos++];
        if (marker == 0xD9) { // EOI; anything after it (trailers, MPF images) is ignored
            if (!haveScan) {
                return corrupt(header, "the JPEG file holds no image data");
            }
            return header;
        }
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            continue; // stand-alone markers
        }
        if (marker < 0xC0 || marker == 0xD8) {
            return corrupt(header, "the JPEG data holds an invalid marker");
        }
        if (pos + 2 > n) {
            return truncated(header, "the JPEG headers are incomplete");
        }
        const std::size_t length = be16(p + pos);
        if (length < 2) {
            return corrupt(header, "a JPEG segment has an invalid length");
        }
        if (pos + length > n) {
            return truncated(header, "the JPEG headers are incomplete");
        }
        Bytes segment = p + pos + 2;
        const std::size_t segmentLength = length - 2;
        if (isSof(marker) && !haveFrame) {
            if (segmentLength < 6) {
                return corrupt(header, "the JPEG frame header is too short");
            }
            header.height = toInt(be16(segment + 1));
            header.width = toInt(be16(segment + 3));
            if (header.width == 0 || header.height == 0) {
                return corrupt(header, "the JPEG frame header gives no pixel size");
            }
            haveFrame = true;
        } else if (marker == 0xE1 && !haveExif && segmentLength >= 6 &&
                   std::memcmp(segment, "Exif\0\0", 6) == 0) {
            haveExif = true;
            header.orientation = exifOrientation(segment, segmentLength);
        }
        pos += length;
        if (marker != 0xDA) { // not SOS
            continue;
        }
        if (!haveFrame) {
            return corrupt(header, "JPEG image data comes before the frame header");
        }
        haveScan = true;
        // Entropy-coded data: 0xFF is followed by 0x00 (stuffing), RSTn, or fill bytes; any
        // other marker ends the scan.
        for (;;) {
            const void* ff = pos < n ? std::memchr(p + pos, 0xFF, n - pos) : nullptr;
            if (ff == nullptr) {
                return truncated(header, "the JPEG image data ends before its end marker");
            }
            pos = static_cast<std::size_t>(static_cast<Bytes>(ff) - p);
            if (pos + 1 >= n) {
                return truncated(header, "the JPEG image data ends before its end marker");
            }
            const unsigned next = p[pos + 1];
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                pos += 2;
            } else if (next == 0xFF) {
                pos += 1;
            } else {
                break; // a marker starts at pos
            }
        }
    }
}

bool isChunkType(Bytes type) {
    for (int i = 0; i < 4; ++i) {
        const unsigned char c = type[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
            return false;
        }
    }
    return true;
}

// Walks the PNG chunks to IEND (CRCs are left to libpng when decoding).
Header readPng(std::string_view bytes) {
    Header header = headerOf(Format::Png);
    const auto* p = reinterpret_cast<Bytes>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t pos = 8;
    bool first = true;
    for (;;) {
        if (pos + 8 > n) {
            return truncated(header, "the PNG data ends before its end chunk");
        }
        const std::uint32_t length = be32(p + pos);
        Bytes type = p + pos + 4;
        if (!isChunkType(type) || length > 0x7FFFFFFFu) {
            return corrupt(header, "the PNG data holds an invalid chunk");
        }
        if (first) {
            if (std::memcmp(type, "IHDR", 4) != 0 || length != 13) {
                return corrupt(header, "the PNG header chunk is missing");
            }
            if (pos + 8 + 8 > n) {
                return truncated(header, "the PNG header is incomplete");
            }
            header.width = toInt(be32(p + pos + 8));
            header.height = toInt(be32(p + pos + 12));
            if (header.width == 0 || header.height == 0) {
                return corrupt(header, "the PNG header gives no pixel size");
            }
            first = false;
        }
        if (n - pos - 8 < std::size_t{length} + 4) {
            return truncated(header, "the PNG data ends before its end chunk");
        }
        if (std::memcmp(type, "IEND", 4) == 0) {
            return header;
        }
        pos += 8 + std::size_t{length} + 4;
    }
}

Header readGif(std::string_view bytes) {
    Header header = headerOf(Format::Gif);
    if (bytes.size() < 13) {
        return truncated(header, "the GIF header is incomplete");
    }
    const auto* p = reinterpret_cast<Bytes>(bytes.data());
    header.width = toInt(le16(p + 6));
    header.height = toInt(le16(p + 8));
    return header;
}

Header readBmp(std::string_view bytes) {
    Header header = headerOf(Format::Bmp);
    if (bytes.size() < 26) {
        return truncated(header, "the BMP header is incomplete");
    }
    const auto* p = reinterpret_cast<Bytes>(bytes.data());
    const std::uint32_t fileSize = le32(p + 2);
    const std::uint32_t infoSize = le32(p + 14);
    if (infoSize == 12) {
        header.width = toInt(le16(p + 18));
        header.height = toInt(le16(p + 20));
    } else {
        header.width = std::abs(static_cast<std::int32_t>(le32(p + 18)));
        header.height = std::abs(static_cast<std::int32_t>(le32(p + 22)));
    }
    if (fileSize > bytes.size()) {
        return truncated(header, "the BMP data is shorter than its header says");
    }
    return header;
}

Header readWebp(std::string_view bytes) {
    Header header = headerOf(Format::Webp);
    if (bytes.size() < 30) {
        return truncated(header, "the WebP header is incomplete");
    }
    const auto* p = reinterpret_cast<Bytes>(bytes.data());
    if (std::size_t{le32(p + 4)} + 8 > bytes.size()) {
        return truncated(header, "the WebP data is shorter than its header says");
    }
    if (startsWith(bytes, "VP8 ", 12)) {
        header.width = toInt(le16(p + 26) & 0x3FFF);
        header.height = toInt(le16(p + 28) & 0x3FFF);
    } else if (startsWith(bytes, "VP8L", 12)) {
        const std::uint32_t bits = le32(p + 21);
        header.width = toInt((bits & 0x3FFF) + 1);
        header.height = toInt(((bits >> 14) & 0x3FFF) + 1);
    } else if (startsWith(bytes, "VP8X", 12)) {
        header.width = toInt((le32(p + 24) & 0xFFFFFF) + 1);
        header.height = toInt((le32(p + 27) & 0xFFFFFF) + 1);
    } else {
        return corrupt(header, "the WebP data holds no image");
    }
    return header;
}

// IFD0 of a TIFF file: ImageWidth (256), ImageLength (257), Orientation (274).
Header readTiff(std::string_view bytes) {
    Header header = headerOf(Format::Tiff);
    const auto* p = reinterpret_cast<Bytes>(bytes.data());
    const std::size_t n = bytes.size();
    const bool little = p[0] == 'I';
    auto u16 = [&](std::size_t at) {
        return little ? le16(p + at) : be16(p + at);
    };
    auto u32 = [&](std::size_t at) {
        return little ? le32(p + at) : be32(p + at);
    };
    if (n < 8) {
        return truncated(header, "the TIFF header is incomplete");
    }
    const std::size_t ifd = u32(4);
    if (ifd + 2 > n) {
        return truncated(header, "the TIFF directory is missing");
    }
    const std::size_t count = u16(ifd);
    if (ifd + 2 + count * 12 > n) {
        return truncated(header, "the TIFF directory is incomplete");
    }
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t entry = ifd + 2 + i * 12;
        const std::uint32_t tag = u16(entry);
        const std::uint32_t type = u16(entry + 2);
        const std::uint32_t value = type == 3 ? u16(entry + 8) : type == 4 ? u32(entry + 8) : 0;
        if (tag == 256) {
            header.width = toInt(value);
        } else if (tag == 257) {
            header.height = toInt(value);
        } else if (tag == 274 && value >= 1 && value <= 8) {
            header.orientation = static_cast<int>(value);
        }
    }
    if (header.width == 0 || header.height == 0) {
        return corrupt(header, "the TIFF header gives no pixel size");
    }
    return header;
}

} // namespace

Format detectFormat(std::string_view bytes) {
    if (startsWith(bytes, "\xFF\xD8\xFF")) {
        return Format::Jpeg;
    }
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n")) {
        return Format::Png;
    }
    if (isHeif(bytes)) {
        return Format::Heif;
    }
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) {
        return Format::Gif;
    }
    if (startsWith(bytes, "RIFF") && startsWith(bytes, "WEBP", 8)) {
        return Format::Webp;
    }
    if (startsWith(bytes, std::string_view("II*\0", 4)) ||
        startsWith(bytes, std::string_view("MM\0*", 4))) {
        return Format::Tiff;
    }
    if (startsWith(bytes, "BM") && bytes.size() >= 18) {
        const auto infoSize = le32(reinterpret_cast<Bytes>(bytes.data()) + 14);
        if (infoSize == 12 || infoSize == 40 || infoSize == 52 || infoSize == 56 ||
            infoSize == 64 || infoSize == 108 || infoSize == 124) {
            return Format::Bmp;
        }
    }
    if (startsWith(bytes, "%PDF-")) {
        return Format::Pdf;
    }
    if (startsWith(bytes, "\xFF\x4F\xFF\x51") || // JPEG 2000 codestream
        startsWith(bytes, std::string_view("\0\0\0\x0CjP  ", 8)) ||
        startsWith(bytes, std::string_view("\0\0\0\x0CJXL ", 8)) || startsWith(bytes, "\xFF\x0A") ||
        startsWith(bytes, "8BPS") || startsWith(bytes, "\x76\x2F\x31\x01")) { // OpenEXR
        return Format::OtherImage;
    }
    return Format::Unknown;
}

const char* formatName(Format format) {
    switch (format) {
    case Format::Jpeg:
        return "jpeg";
    case Format::Png:
        return "png";
    case Format::Heif:
        return "heif";
    case Format::Bmp:
        return "bmp";
    case Format::Webp:
        return "webp";
    case Format::Tiff:
        return "tiff";
    case Format::Gif:
        return "gif";
    default:
        return "";
    }
}

Header readHeader(std::string_view bytes) {
    switch (detectFormat(bytes)) {
    case Format::Jpeg:
        return readJpeg(bytes);
    case Format::Png:
        return readPng(bytes);
    case Format::Gif:
        return readGif(bytes);
    case Format::Bmp:
        return readBmp(bytes);
    case Format::Webp:
        return readWebp(bytes);
    case Format::Tiff:
        return readTiff(bytes);
    default:
        return headerOf(detectFormat(bytes));
    }
}

} // namespace gp::imaging::detail
