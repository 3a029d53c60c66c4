// 教毕指〔2017〕99号, file requirements: "照片格式为 JPEG". Judged by the file's content (the
// magic bytes), not by its name: a PNG renamed to .jpg still fails.
#include "ImageChecks.h"
#include "ImageRegions.h"
#include "JpegStructure.h"

namespace gp::checks {
namespace {

class FileFormatCheck : public Check {
public:
    std::string id() const override { return "file.format"; }
    CheckOutcome run(CheckContext& context) const override {
        CheckOutcome o;
        o.checkId = id();
        const auto wanted = context.profile().text("file.format"); // "jpeg"
        const auto found = image::sniffFormat(context.bytes());
        o.measures.push_back({"is_" + wanted, found == wanted ? 1.0 : 0.0, ""});
        o.limit = wanted;
        o.limitValues = {{"format", 0, wanted}};
        image::judge(o, found == wanted, Verdict::Fail, "wrong_size_format");
        o.detail = "The file content is " + found + "; the standard asks for " + wanted + ".";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeFileFormatCheck() {
    return std::make_unique<FileFormatCheck>();
}

} // namespace gp::checks
