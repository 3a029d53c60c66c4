// A raw zip writer for hostile test archives: names, sizes, modes and flags are written
// exactly as given (Poco::Zip::Compress would sanitise them).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>
#include <zlib.h>

namespace gp::test {

struct RawZipEntry {
    std::string name; ///< bytes as written
    std::string data; ///< bytes as they appear in the archive (compressed or not)
    std::uint16_t method = 0;
    std::uint32_t crc = 0;
    std::uint64_t size = 0; ///< declared uncompressed size
    std::uint32_t externalAttributes = 0100644u << 16;
    std::uint16_t flags = 0;
};

inline std::uint32_t crcOf(const std::string& bytes) {
    return static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

inline RawZipEntry storedEntry(std::string name, const std::string& content) {
    return {std::move(name), content, 0, crcOf(content), content.size()};
}

/// Raw deflate of `size` bytes produced by `fill` (called with a buffer to fill), streamed.
template <typename Fill>
RawZipEntry deflatedEntryStreaming(std::string name, std::uint64_t size, Fill fill) {
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        throw std::runtime_error("deflateInit2");
    }
    RawZipEntry entry{std::move(name), {}, 8, 0, size};
    std::string in(1 << 20, '\0');
    std::string out(1 << 16, '\0');
    uLong crc = crc32(0, nullptr, 0);
    std::uint64_t left = size;
    int flush = Z_NO_FLUSH;
    do {
        const auto chunk = static_cast<uInt>(std::min<std::uint64_t>(in.size(), left));
        fill(in.data(), chunk);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(in.data()), chunk);
        left -= chunk;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef*>(in.data());
        z.avail_in = chunk;
        do {
            z.next_out = reinterpret_cast<Bytef*>(out.data());
            z.avail_out = static_cast<uInt>(out.size());
            deflate(&z, flush);
            entry.data.append(out.data(), out.size() - z.avail_out);
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    entry.crc = static_cast<std::uint32_t>(crc);
    return entry;
}

inline RawZipEntry deflatedEntry(std::string name, const std::string& content) {
    std::size_t offset = 0;
    return deflatedEntryStreaming(std::move(name), content.size(), [&](char* buffer, uInt n) {
        content.copy(buffer, n, offset);
        offset += n;
    });
}

inline RawZipEntry deflatedZeros(std::string name, std::uint64_t size) {
    return deflatedEntryStreaming(
        std::move(name), size, [](char* buffer, uInt n) { std::fill(buffer, buffer + n, '\0'); });
}

inline void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}
inline void put32(std::string& out, std::uint64_t v) {
    put16(out, static_cast<std::uint32_t>(v & 0xFFFF));
    put16(out, static_cast<std::uint32_t>((v >> 16) & 0xFFFF));
}

inline std::string writeZip(const std::vector<RawZipEntry>& entries) {
    std::string zip;
    std::string central;
    for (const RawZipEntry& e : entries) {
        const std::size_t offset = zip.size();
        zip += "PK\x03\x04";
        put16(zip, 20);
        put16(zip, e.flags);
        put16(zip, e.method);
        put16(zip, 0);
        put16(zip, 0x21); // 1980-01-01
        put32(zip, e.crc);
        put32(zip, e.data.size());
        put32(zip, e.size);
        put16(zip, static_cast<std::uint32_t>(e.name.size()));
        put16(zip, 0);
        zip += e.name;
        zip += e.data;

        central += "PK\x01\x02";
        put16(central, 0x0314); // made by: Unix, 2.0
        put16(central, 20);
        put16(central, e.flags);
        put16(central, e.method);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, e.crc);
        put32(central, e.data.size());
        put32(central, e.size);
        put16(central, static_cast<std::uint32_t>(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, e.externalAttributes);
        put32(central, offset);
        central += e.name;
    }
    const std::size_t centralOffset = zip.size();
    zip += central;
    zip += "PK\x05\x06";
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, static_cast<std::uint32_t>(entries.size()));
    put16(zip, static_cast<std::uint32_t>(entries.size()));
    put32(zip, central.size());
    put32(zip, centralOffset);
    put16(zip, 0);
    return zip;
}

} // namespace gp::test
