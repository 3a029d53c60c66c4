// 教毕指〔2017〕99号, file requirements: "分辨率 300 dpi". Read from the JFIF APP0 density (units
// dots/inch or dots/cm) or else the EXIF XResolution; warn (dpi) when absent or different by
// more than the profile's tolerance — the pixels are what CHSI uses, so this never fails.
#include "ImageChecks.h"
#include "ImageRegions.h"
#include "JpegStructure.h"

#include <cmath>

namespace gp::checks {
namespace {

class FileDpiCheck : public Check {
public:
    std::string id() const override { return "file.dpi"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto jpeg = image::readJpegStructure(context.bytes());
        if (!jpeg.isJpeg) {
            return image::notApplicable(id(), "Not a JPEG file; see file.format.");
        }
        const auto& p = context.profile();
        const double dpi = p.number("file.dpi");
        const double tolerance = p.number("file.dpi_tolerance");
        CheckOutcome o;
        o.checkId = id();
        o.limit = image::fmt(dpi, 0) + " ± " + image::fmt(tolerance, 0) + " dpi";
        o.limitValues = {{"dpi", dpi}, {"tolerance", tolerance}};
        if (!jpeg.dpiX) {
            image::judge(o, false, Verdict::Warn, "dpi");
            o.detail = "The file states no resolution (JFIF density or EXIF XResolution).";
            return o;
        }
        o.measures = {{"dpi_x", *jpeg.dpiX, "dpi"}, {"dpi_y", *jpeg.dpiY, "dpi"}};
        const bool ok =
            std::abs(*jpeg.dpiX - dpi) <= tolerance && std::abs(*jpeg.dpiY - dpi) <= tolerance;
        image::judge(o, ok, Verdict::Warn, "dpi");
        o.detail = "The " + jpeg.dpiSource + " header states " + image::fmt(*jpeg.dpiX, 0) + "×" +
                   image::fmt(*jpeg.dpiY, 0) + " dpi.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeFileDpiCheck() {
    return std::make_unique<FileDpiCheck>();
}

} // namespace gp::checks
