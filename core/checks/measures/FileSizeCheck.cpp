// 教毕指〔2017〕99号, file requirements: "文件大小一般为 20KB–40KB". The standard says "usually",
// so outside the band is a warning (file_size), never a failure. Judged for JPEG files only: a
// file in another format is already rejected by file.format.
#include "ImageChecks.h"
#include "ImageRegions.h"
#include "JpegStructure.h"

namespace gp::checks {
namespace {

class FileSizeCheck : public Check {
public:
    std::string id() const override { return "file.size"; }
    CheckOutcome run(CheckContext& context) const override {
        if (image::sniffFormat(context.bytes()) != "jpeg") {
            return image::notApplicable(id(), "Not a JPEG file; see file.format.");
        }
        const auto band = context.profile().band("file.size_kb");
        const double kb = double(context.bytes().size()) / 1024.0;
        CheckOutcome o;
        o.checkId = id();
        o.measures = {{"size", kb, "KB"}};
        o.limit = image::fmt(band.min, 0) + "–" + image::fmt(band.max, 0) + " KB";
        o.limitValues = {{"min", band.min}, {"max", band.max}};
        image::judge(o, band.contains(kb), Verdict::Warn, "file_size");
        o.detail = "The file is " + image::fmt(kb) + " KB.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeFileSizeCheck() {
    return std::make_unique<FileSizeCheck>();
}

} // namespace gp::checks
