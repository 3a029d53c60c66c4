#include "JpegStructure.h"

#include <cstdint>
#include <cstdlib>
#include <limits>

namespace gp::checks::image {
namespace {

// Position in natural order of the k-th coefficient in zig-zag order (libjpeg's
// jpeg_natural_order); DQT segments store their 64 values in zig-zag order.
constexpr std::array<int, 64> kNaturalOrder = {
    0,  1,  8,  16, 9,  2,  3,  10, 17, 24, 32, 25, 18, 11, 4,  5,  12, 19, 26, 33, 40, 48,
    41, 34, 27, 20, 13, 6,  7,  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23,
    30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

// ITU-T T.81 Annex K.1, table K.1 (luminance), natural order; libjpeg's std_luminance_quant_tbl.
constexpr std::array<int, 64> kStdLuminance = {
    16, 11, 10, 16, 24,  40,  51,  61,  12, 12, 14, 19, 26,  58,  60,  55,
    14, 13, 16, 24, 40,  57,  69,  56,  14, 17, 22, 29, 51,  87,  80,  62,
    18, 22, 37, 56, 68,  109, 103, 77,  24, 35, 55, 64, 81,  104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};

unsigned byteAt(std::string_view b, std::size_t i) {
    return static_cast<unsigned char>(b[i]);
}

unsigned be16(std::string_view b, std::size_t i) {
    return (byteAt(b, i) << 8) | byteAt(b, i + 1);
}

struct Tiff {
    std::string_view data;
    bool little = false;
    unsigned u16(std::size_t i) const {
        return little ? (byteAt(data, i) | (byteAt(data, i + 1) << 8)) : be16(data, i);
    }
    std::uint32_t u32(std::size_t i) const {
        return little ? (std::uint32_t{u16(i)} | (std::uint32_t{u16(i + 2)} << 16))
                      : ((std::uint32_t{u16(i)} << 16) | std::uint32_t{u16(i + 2)});
    }
};

// EXIF APP1 payload after "Exif\0\0": IFD0's XResolution (0x011A), YResolution (0x011B) and
// ResolutionUnit (0x0128: 2 inch, 3 centimetre).
void readExifResolution(std::string_view tiffData, JpegStructure& out) {
    if (tiffData.size() < 8) {
        return;
    }
    Tiff t{tiffData, tiffData.substr(0, 2) == "II"};
    const std::size_t ifd = t.u32(4);
    if (ifd + 2 > tiffData.size()) {
        return;
    }
    const unsigned count = t.u16(ifd);
    std::optional<double> x, y;
    unsigned unit = 2;
    for (unsigned e = 0; e < count; ++e) {
        const std::size_t entry = ifd + 2 + 12 * std::size_t{e};
        if (entry + 12 > tiffData.size()) {
            return;
        }
        const unsigned tag = t.u16(entry);
        if (tag == 0x011A || tag == 0x011B) {
            const std::size_t at = t.u32(entry + 8);
            if (at + 8 <= tiffData.size() && t.u32(at + 4) != 0) {
                const double v = double(t.u32(at)) / double(t.u32(at + 4));
                (tag == 0x011A ? x : y) = v;
            }
        } else if (tag == 0x0128) {
            unit = t.u16(entry + 8);
        }
    }
    if (x && (unit == 2 || unit == 3)) {
        const double scale = unit == 3 ? 2.54 : 1.0;
        out.dpiX = *x * scale;
        out.dpiY = (y ? *y : *x) * scale;
        out.dpiSource = "EXIF";
    }
}

} // namespace

std::string sniffFormat(std::string_view b) {
    if (b.size() >= 3 && byteAt(b, 0) == 0xFF && byteAt(b, 1) == 0xD8 && byteAt(b, 2) == 0xFF) {
        return "jpeg";
    }
    if (b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) {
        return "png";
    }
    if (b.substr(0, 4) == "GIF8") {
        return "gif";
    }
    if (b.substr(0, 2) == "BM") {
        return "bmp";
    }
    if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") {
        return "webp";
    }
    if (b.substr(0, 4) == std::string_view("II*\0", 4) ||
        b.substr(0, 4) == std::string_view("MM\0*", 4)) {
        return "tiff";
    }
    if (b.size() >= 12 && b.substr(4, 4) == "ftyp") {
        return "heif";
    }
    return "unknown";
}

JpegStructure readJpegStructure(std::string_view b) {
    JpegStructure out;
    out.isJpeg = sniffFormat(b) == "jpeg";
    if (!out.isJpeg) {
        return out;
    }
    bool jfifDensity = false;
    std::size_t pos = 2;
    while (pos + 4 <= b.size()) {
        if (byteAt(b, pos) != 0xFF) {
            break; // not at a marker: a corrupt file; report what was read so far
        }
        const unsigned marker = byteAt(b, pos + 1);
        if (marker == 0xFF) {
            ++pos; // fill byte
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            pos += 2;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) {
            break; // start of scan: the tables and headers we need come before it
        }
        const std::size_t length = be16(b, pos + 2);
        if (length < 2 || pos + 2 + length > b.size()) {
            break;
        }
        const auto data = b.substr(pos + 4, length - 2);
        if (marker == 0xDB) {
            // DQT: one or more tables, each Pq|Tq then 64 values of 8 or 16 bits.
            std::size_t i = 0;
            while (i < data.size()) {
                const unsigned pq = byteAt(data, i) >> 4;
                const unsigned tq = byteAt(data, i) & 0x0F;
                const std::size_t valueSize = pq == 0 ? 1 : 2;
                if (i + 1 + 64 * valueSize > data.size()) {
                    break;
                }
                std::array<int, 64> table{};
                for (std::size_t k = 0; k < 64; ++k) {
                    const std::size_t at = i + 1 + k * valueSize;
                    table[kNaturalOrder[k]] =
                        static_cast<int>(valueSize == 1 ? byteAt(data, at) : be16(data, at));
                }
                if (tq == 0) {
                    out.lumaTable = table;
                }
                i += 1 + 64 * valueSize;
            }
        } else if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
                   marker != 0xCC) {
            if (data.size() >= 6) {
                out.components = static_cast<int>(byteAt(data, 5));
            }
        } else if (marker == 0xE0 && data.size() >= 12 &&
                   data.substr(0, 5) == std::string_view("JFIF\0", 5)) {
            // JFIF APP0: units (0 aspect ratio only, 1 dots/inch, 2 dots/cm), Xdensity, Ydensity.
            const unsigned units = byteAt(data, 7);
            const double scale = units == 2 ? 2.54 : 1.0;
            if (units == 1 || units == 2) {
                out.dpiX = be16(data, 8) * scale;
                out.dpiY = be16(data, 10) * scale;
                out.dpiSource = "JFIF";
                jfifDensity = true;
            }
        } else if (marker == 0xE1 && !jfifDensity && data.size() > 6 &&
                   data.substr(0, 6) == std::string_view("Exif\0\0", 6)) {
            readExifResolution(data.substr(6), out);
        }
        pos += 2 + length;
    }
    return out;
}

IjgQuality estimateIjgQuality(const std::array<int, 64>& table) {
    // libjpeg jcparam.c: scale = q < 50 ? 5000 / q : 200 − 2q; entry = (std × scale + 50) / 100
    // clamped to 1…255 (baseline). Try every quality and keep the nearest table.
    IjgQuality best{0, std::numeric_limits<double>::max()};
    for (int q = 1; q <= 100; ++q) {
        const long scale = q < 50 ? 5000 / q : 200 - 2 * q;
        long error = 0;
        for (std::size_t i = 0; i < 64; ++i) {
            long v = (kStdLuminance[i] * scale + 50) / 100;
            v = v < 1 ? 1 : (v > 255 ? 255 : v);
            error += std::labs(v - table[i]);
        }
        const double mean = double(error) / 64.0;
        if (mean <= best.meanAbsError) {
            best = {q, mean}; // ties (clamped tables): the higher quality
        }
    }
    return best;
}

} // namespace gp::checks::image
