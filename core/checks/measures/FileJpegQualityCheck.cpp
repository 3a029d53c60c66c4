// 教毕指〔2017〕99号, file requirements: "压缩品质因数不低于 60". The quality factor is estimated
// from the file's own luminance quantisation table (DQT, table 0) by finding the libjpeg (IJG)
// quality whose scaled standard table (ITU T.81 K.1) is nearest; fail below the profile floor.
#include "ImageChecks.h"
#include "ImageRegions.h"
#include "JpegStructure.h"

namespace gp::checks {
namespace {

class FileJpegQualityCheck : public Check {
public:
    std::string id() const override { return "file.jpeg_quality"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto jpeg = image::readJpegStructure(context.bytes());
        if (!jpeg.isJpeg) {
            return image::notApplicable(id(), "Not a JPEG file; see file.format.");
        }
        if (!jpeg.lumaTable) {
            return image::notApplicable(id(), "The JPEG has no luminance quantisation table.");
        }
        const double floor = context.profile().number("file.min_jpeg_quality");
        const auto q = image::estimateIjgQuality(*jpeg.lumaTable);
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"jpeg_quality", double(q.quality), ""},
                      {"table_mismatch", q.meanAbsError, "per entry"}};
        o.limit = "≥ " + image::fmt(floor, 0);
        o.limitValues = {{"min", floor}};
        image::judge(o, q.quality >= floor, Verdict::Fail, "low_jpeg_quality");
        o.detail = "Estimated IJG quality factor " + std::to_string(q.quality) +
                   (q.meanAbsError > 0.5 ? " (the tables are not libjpeg's; approximate)" : "") +
                   ".";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeFileJpegQualityCheck() {
    return std::make_unique<FileJpegQualityCheck>();
}

} // namespace gp::checks
