// 教毕指〔2017〕99号, file requirements: "照片尺寸为 480×640 像素（宽×高）". Exactly the profile's
// width × height, measured on the upright image (after EXIF orientation).
#include "ImageChecks.h"
#include "ImageRegions.h"

namespace gp::checks {
namespace {

class FilePixelSizeCheck : public Check {
public:
    std::string id() const override { return "file.pixel_size"; }
    CheckOutcome run(CheckContext& context) const override {
        // The file's own size, not the working image's (a large JPEG is analysed reduced).
        if (context.image().empty()) {
            return image::notApplicable(id(), "The file could not be decoded as an image.");
        }
        const auto& p = context.profile();
        const int w = image::intValue(p, "file.width_px");
        const int h = image::intValue(p, "file.height_px");
        CheckOutcome o;
        o.checkId = id();
        const cv::Size size = context.originalSize();
        o.measures = {{"width", double(size.width), "px"}, {"height", double(size.height), "px"}};
        o.limit = std::to_string(w) + "×" + std::to_string(h) + " px";
        o.limitValues = {{"target_width", double(w)}, {"target_height", double(h)}};
        image::judge(o, size.width == w && size.height == h, Verdict::Fail, "wrong_size_format");
        o.detail = "The image is " + std::to_string(size.width) + "×" +
                   std::to_string(size.height) + " px.";
        const auto& img = context.image(); // the overlay is drawn on the working image
        o.overlay.push_back(image::box({0, 0, img.cols, img.rows}, "image"));
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeFilePixelSizeCheck() {
    return std::make_unique<FilePixelSizeCheck>();
}

} // namespace gp::checks
