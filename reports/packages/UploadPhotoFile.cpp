#include "UploadPhotoFile.h"

#include "JpegEncoding.h"
#include "core/checks/CheckContext.h"
#include "core/checks/measures/ImageChecks.h"
#include "core/checks/measures/JpegStructure.h"
#include "core/common/UserError.h"
#include "core/imaging/ImageDecoder.h"

#include <cmath>
#include <cstdio>

namespace gp::reports {
namespace {

/// What the file checks look at: the bytes and the decoded upright image; no faces.
class FileRulesContext final : public checks::CheckContext {
public:
    FileRulesContext(std::string bytes, const checks::PhotoProfile& profile)
        : bytes_(std::move(bytes)), profile_(profile) {}

    const checks::PhotoProfile& profile() const override { return profile_; }
    const std::string& fileName() const override { return name_; }
    const std::string& bytes() const override { return bytes_; }
    const cv::Mat& image() override {
        if (!decoded_) {
            decoded_ = true;
            try {
                image_ = imaging::decodeImage(bytes_);
            } catch (const UserError& e) {
                decodeError_ = e.what();
            }
        }
        return image_;
    }
    const std::vector<cv::Rect>& faces() override { return faces_; }
    const std::optional<checks::Landmarks>& landmarks() override { return landmarks_; }
    std::optional<int> headTop() override { return std::nullopt; }
    const cv::Mat& personMask() override { return mask_; }

    std::string& mutableBytes() { return bytes_; }
    const std::string& decodeError() const { return decodeError_; }

private:
    std::string bytes_;
    std::string name_ = "photo.jpg";
    const checks::PhotoProfile& profile_;
    bool decoded_ = false;
    cv::Mat image_;
    std::string decodeError_;
    std::vector<cv::Rect> faces_;
    std::optional<checks::Landmarks> landmarks_;
    cv::Mat mask_;
};

bool passes(const checks::Check& check, checks::CheckContext& context) {
    return check.run(context).verdict == checks::Verdict::Pass;
}

UploadPhotoFile refused(std::string code, std::string detail) {
    UploadPhotoFile f;
    f.problemCode = std::move(code);
    f.detail = std::move(detail);
    return f;
}

std::string kilobytes(std::size_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f KB", double(bytes) / 1024.0);
    return text;
}

} // namespace

UploadPhotoFile prepareUploadFile(std::string original, const checks::PhotoProfile& profile,
                                  int maxQuality, int exifOrientation) {
    FileRulesContext context(std::move(original), profile);
    const auto format = checks::makeFileFormatCheck();
    if (!passes(*format, context)) {
        return refused("not_jpeg", checks::image::sniffFormat(context.bytes()));
    }
    const auto& image = context.image();
    if (image.empty()) {
        return refused("undecodable", context.decodeError());
    }
    if (!passes(*checks::makeFilePixelSizeCheck(), context)) {
        return refused("wrong_pixel_size",
                       std::to_string(image.cols) + "×" + std::to_string(image.rows));
    }
    if (!passes(*checks::makeFileColourCheck(), context)) {
        return refused("not_colour", {});
    }
    if (!passes(*checks::makeFileJpegQualityCheck(), context)) {
        return refused("low_quality", {});
    }
    const int dpi = static_cast<int>(std::lround(profile.number("file.dpi")));
    const auto sizeCheck = checks::makeFileSizeCheck();
    const auto dpiCheck = checks::makeFileDpiCheck();
    const bool sideways = exifOrientation > 1;
    UploadPhotoFile f;
    if (!sideways && passes(*sizeCheck, context)) {
        f.handling = UploadPhotoFile::Handling::Copied;
        if (!passes(*dpiCheck, context)) {
            setJfifDensity(context.mutableBytes(), dpi);
            f.handling = UploadPhotoFile::Handling::DpiMarked;
        }
        f.bytes = context.bytes();
        return f;
    }
    const auto band = profile.band("file.size_kb");
    const int minQuality = static_cast<int>(std::lround(profile.number("file.min_jpeg_quality")));
    auto encoded = encodeJpegInSizeBand(image, static_cast<std::size_t>(std::ceil(band.min * 1024)),
                                        static_cast<std::size_t>(std::floor(band.max * 1024)),
                                        minQuality, maxQuality, dpi);
    if (!encoded) {
        return refused("size_unreachable", kilobytes(context.bytes().size()));
    }
    f.handling =
        sideways ? UploadPhotoFile::Handling::Uprighted : UploadPhotoFile::Handling::Reencoded;
    f.bytes = std::move(encoded->bytes);
    f.quality = encoded->quality;
    return f;
}

} // namespace gp::reports
