// report upload-package: the CHSI upload package. Approved students' latest photos (see
// ApprovedPhotos.h) as JPEGs that meet the workspace's profile (UploadPhotoFile.h), named by the
// configured rule, in zips of at most max-files files and max-mb MB each, with a manifest
// workbook (photos, parts, problems). Records an upload batch (UP-yyyymmdd-nn) with its members
// and marks them Packed, in one transaction, after every file is complete; a later package
// leaves out photos already packed unless include-packed is set.
//
// Options: name (id-number | student-no | exam-no | collection-code, or a pattern such as
// "{student_no}_{name}.jpg"), max-files, max-mb, include-packed. Defaults in
// templates/reports/upload-package.json.
#pragma once

#include "reports/ReportKind.h"

#include <filesystem>

namespace gp::reports {

class UploadPackage final : public ReportKind {
public:
    explicit UploadPackage(std::filesystem::path templatesDir);
    std::string id() const override { return "upload-package"; }
    bool recordsBatch() const override { return true; }
    std::vector<std::string> optionNames() const override {
        return {"name", "max-files", "max-mb", "include-packed"};
    }
    ReportResult run(store::Workspace& workspace, const ReportRequest& request) override;

private:
    std::filesystem::path templates_;
};

} // namespace gp::reports
