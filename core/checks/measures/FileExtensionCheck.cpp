// 教毕指〔2017〕99号, file requirements: JPEG files named ".jpg". Compared case-insensitively:
// ".JPG" is what Windows and cameras write and CHSI's uploader accepts it. ".jpeg", ".jpe" and
// ".jfif" name the same format, so they only warn (the export renames to .jpg); anything else
// fails.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace gp::checks {
namespace {

class FileExtensionCheck : public Check {
public:
    std::string id() const override { return "file.extension"; }
    CheckOutcome run(CheckContext& context) const override {
        CheckOutcome o;
        o.checkId = id();
        const auto wanted = context.profile().text("file.extension");
        auto ext = std::filesystem::path(context.fileName()).extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const bool exact = ext == wanted;
        const bool sameFormat = ext == ".jpeg" || ext == ".jpe" || ext == ".jfif";
        o.measures.push_back({"extension_matches", exact ? 1.0 : 0.0, ""});
        o.limit = wanted + " (any case)";
        o.limitValues = {{"extension", 0, wanted}};
        if (exact) {
            image::judge(o, true, Verdict::Pass, "");
        } else {
            image::judge(o, false, sameFormat ? Verdict::Warn : Verdict::Fail, "wrong_size_format");
        }
        o.detail = "The file name ends in \"" + ext + "\"" +
                   (sameFormat ? ", another name for JPEG; it will be exported as " + wanted : "") +
                   ".";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeFileExtensionCheck() {
    return std::make_unique<FileExtensionCheck>();
}

} // namespace gp::checks
