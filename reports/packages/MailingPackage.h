// report mailing: per teaching center one zip (<batch>-<center>.zip) holding the print sheets,
// the cover sheet and the address label as PDFs and the packing list workbook, for the center's
// approved students (ApprovedPhotos.h) not yet mailed. Records a mailing batch per center
// (MAIL-yyyymmdd-nn, its members; a tracking number can be added later) and marks them Mailed,
// in one transaction after every file is complete.
//
// A center without contact, phone or address gets no package (a problem says why); the others
// go on. A photo missing from the store or that cannot be decoded is left out and listed. All
// problems also go to 邮寄问题清单-<stamp>.xlsx beside the zips.
//
// Options: include-mailed (mail again what was mailed before). Layout and texts in
// templates/reports/mailing.json.
#pragma once

#include "reports/ReportKind.h"

#include <filesystem>

namespace gp::reports {

class MailingPackage final : public ReportKind {
public:
    explicit MailingPackage(std::filesystem::path templatesDir);
    std::string id() const override { return "mailing"; }
    bool recordsBatch() const override { return true; }
    std::vector<std::string> optionNames() const override { return {"include-mailed"}; }
    ReportResult run(store::Workspace& workspace, const ReportRequest& request) override;

private:
    std::filesystem::path templates_;
};

} // namespace gp::reports
