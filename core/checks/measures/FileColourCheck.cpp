// 教毕指〔2017〕99号, file and content requirements: 24-bit colour ("24 位真彩色"), a colour photo
// ("彩色"). Step 1: the JPEG frame has three components (a one-component JPEG is greyscale).
// Step 2: the picture is colour in fact — a grey picture saved as RGB has almost no chroma, so
// the 95th percentile of CIE Lab chroma must reach the profile's floor (the percentile, not
// the mean, so that a photo on a white or grey background with dark clothes still counts).
#include "ImageChecks.h"
#include "ImageRegions.h"
#include "JpegStructure.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class FileColourCheck : public Check {
public:
    std::string id() const override { return "file.colour"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto& img = context.image();
        if (img.empty()) {
            return image::notApplicable(id(), "The file could not be decoded as an image.");
        }
        const double floor = context.profile().number("file.min_chroma_p95");
        const auto jpeg = image::readJpegStructure(context.bytes());
        const int components = jpeg.isJpeg ? jpeg.components : 3;

        // Half resolution is plenty for a percentile over the whole picture, and 4× cheaper.
        cv::Mat half;
        cv::resize(img, half, {}, 0.5, 0.5, cv::INTER_AREA);
        cv::Mat lab = image::toLab(half);
        std::vector<cv::Mat> ch;
        cv::split(lab, ch);
        cv::Mat chroma;
        cv::magnitude(ch[1], ch[2], chroma);
        const double p95 = image::quantileOf(chroma, cv::Mat(), 0.95);

        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"components", double(components), ""}, {"chroma_p95", p95, "ΔE"}};
        o.limit = "3 components, chroma (95th percentile) ≥ " + image::fmt(floor);
        o.limitValues = {{"min_chroma", floor}};
        image::judge(o, components == 3 && p95 >= floor, Verdict::Fail, "not_colour");
        o.detail = components != 3 ? "The JPEG has " + std::to_string(components) +
                                         " colour component(s); a colour photo has 3."
                                   : "Chroma (95th percentile) is " + image::fmt(p95) + ".";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeFileColourCheck() {
    return std::make_unique<FileColourCheck>();
}

} // namespace gp::checks
