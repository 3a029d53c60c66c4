#include "core/imaging/HeifCodec.h"

#include "core/common/UserError.h"
#include "core/imaging/ExifOrientation.h"

#include <algorithm>
#include <cstdint>
#include <libheif/heif.h>
#include <memory>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace gp::imaging::detail {

namespace {

struct ContextDeleter {
    void operator()(heif_context* context) const { heif_context_free(context); }
};
struct HandleDeleter {
    void operator()(heif_image_handle* handle) const { heif_image_handle_release(handle); }
};
struct ImageDeleter {
    void operator()(heif_image* image) const { heif_image_release(image); }
};
struct OptionsDeleter {
    void operator()(heif_decoding_options* options) const { heif_decoding_options_free(options); }
};
using Context = std::unique_ptr<heif_context, ContextDeleter>;
using Handle = std::unique_ptr<heif_image_handle, HandleDeleter>;
using Image = std::unique_ptr<heif_image, ImageDeleter>;
using Options = std::unique_ptr<heif_decoding_options, OptionsDeleter>;

struct Opened {
    Context context;
    Handle handle;
    heif_error error{heif_error_Ok, heif_suberror_Unspecified, ""};
};

// The bytes must outlive the context (read without copying).
Opened open(std::string_view bytes) {
    Opened opened;
    opened.context.reset(heif_context_alloc());
    if (!opened.context) {
        opened.error = {heif_error_Memory_allocation_error, heif_suberror_Unspecified, ""};
        return opened;
    }
    opened.error = heif_context_read_from_memory_without_copy(opened.context.get(), bytes.data(),
                                                              bytes.size(), nullptr);
    if (opened.error.code != heif_error_Ok) {
        return opened;
    }
    heif_image_handle* handle = nullptr;
    opened.error = heif_context_get_primary_image_handle(opened.context.get(), &handle);
    opened.handle.reset(handle);
    return opened;
}

bool isTruncation(const heif_error& error) {
    return error.subcode == heif_suberror_End_of_data;
}

std::string describe(const heif_error& error) {
    return error.message != nullptr && *error.message != '\0' ? error.message : "unknown error";
}

// The Exif item starts with a 4-byte big-endian offset to the TIFF header.
int orientationOf(const heif_image_handle* handle) {
    heif_item_id id = 0;
    if (heif_image_handle_get_list_of_metadata_block_IDs(handle, "Exif", &id, 1) < 1) {
        return 1;
    }
    const std::size_t size = heif_image_handle_get_metadata_size(handle, id);
    if (size < 8 || size > 1024 * 1024) {
        return 1;
    }
    std::vector<unsigned char> data(size);
    if (heif_image_handle_get_metadata(handle, id, data.data()).code != heif_error_Ok) {
        return 1;
    }
    const std::size_t offset = std::size_t{data[0]} << 24 | std::size_t{data[1]} << 16 |
                               std::size_t{data[2]} << 8 | data[3];
    if (offset > size - 4) {
        return 1;
    }
    const auto* tiff = data.data() + 4 + offset;
    const std::size_t tiffSize = size - 4 - offset;
    static constexpr unsigned char exifHeader[] = {'E', 'x', 'i', 'f', 0, 0};
    if (tiffSize >= 6 && std::equal(exifHeader, exifHeader + 6, tiff)) {
        return exifOrientation(tiff, tiffSize);
    }
    std::vector<unsigned char> block(exifHeader, exifHeader + 6);
    block.insert(block.end(), tiff, tiff + tiffSize);
    return exifOrientation(block.data(), block.size());
}

} // namespace

HeifInfo probeHeif(std::string_view bytes, int maxSide) {
    HeifInfo info;
    Opened opened = open(bytes);
    if (opened.error.code != heif_error_Ok || !opened.handle) {
        info.problemCode = isTruncation(opened.error) ? "truncated" : "corrupt";
        info.problem = "The HEIC/HEIF file could not be read (" + describe(opened.error) + ").";
        return info;
    }
    const heif_image_handle* handle = opened.handle.get();
    info.width = heif_image_handle_get_ispe_width(handle);
    info.height = heif_image_handle_get_ispe_height(handle);
    if (info.width <= 0 || info.height <= 0) {
        info.width = heif_image_handle_get_width(handle);
        info.height = heif_image_handle_get_height(handle);
    }
    info.orientation = orientationOf(handle);
    if (std::max(info.width, info.height) > maxSide ||
        std::max(heif_image_handle_get_width(handle), heif_image_handle_get_height(handle)) >
            maxSide) {
        info.problemCode = "too_large_pixels";
        return info;
    }
    Options options(heif_decoding_options_alloc());
    options->ignore_transformations = 1;
    options->strict_decoding = 1;
    heif_image* decoded = nullptr;
    const heif_error error = heif_decode_image(handle, &decoded, heif_colorspace_undefined,
                                               heif_chroma_undefined, options.get());
    Image image(decoded);
    if (error.code != heif_error_Ok || !image) {
        info.problemCode = isTruncation(error) ? "truncated" : "corrupt";
        info.problem = "The HEIC/HEIF image could not be decoded (" + describe(error) + ").";
    }
    return info;
}

cv::Mat decodeHeif(std::string_view bytes, bool upright) {
    Opened opened = open(bytes);
    if (opened.error.code != heif_error_Ok || !opened.handle) {
        throw UserError("The HEIC/HEIF file could not be read (" + describe(opened.error) + ").");
    }
    Options options(heif_decoding_options_alloc());
    options->ignore_transformations = upright ? 0 : 1;
    options->convert_hdr_to_8bit = 1;
    heif_image* decoded = nullptr;
    const heif_error error = heif_decode_image(opened.handle.get(), &decoded, heif_colorspace_RGB,
                                               heif_chroma_interleaved_RGB, options.get());
    Image image(decoded);
    if (error.code != heif_error_Ok || !image) {
        throw UserError("The HEIC/HEIF image could not be decoded (" + describe(error) + ").");
    }
    int stride = 0;
    const std::uint8_t* plane =
        heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int width = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int height = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (plane == nullptr || width <= 0 || height <= 0) {
        throw UserError("The HEIC/HEIF image could not be decoded (no pixel data).");
    }
    const cv::Mat rgb(height, width, CV_8UC3, const_cast<std::uint8_t*>(plane),
                      static_cast<std::size_t>(stride));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR); // copies out of libheif's buffer
    return bgr;
}

} // namespace gp::imaging::detail
