// The printed documents of one center's mailing, laid out by templates/reports/mailing.json:
// the print sheets (each photo at its physical size in its box, crop marks at the corners, name
// and 学号 under it, a header with the center, the batch and the page), the cover sheet and the
// address label. Each is returned as the bytes of a PDF.
#pragma once

#include "PrintSheetLayout.h"
#include "TemplateFile.h"

#include <string>
#include <vector>

namespace gp::reports {

struct SheetPhoto {
    std::string name;
    std::string studentNo;
    std::string bytes;        ///< the stored original
    bool embedAsJpeg = false; ///< a JPEG without EXIF rotation: embedded as it is
};

/// values: center, batch (and anything the header pattern names). Photos that fail to decode
/// must have been left out by the caller.
std::string printSheetsPdf(const TemplateFile& tmpl, const PrintSheetLayout& layout,
                           const TextValues& values, const std::vector<SheetPhoto>& photos);

/// values: center, contact, phone, address, postcode, batch, date, photos, pages, workspace.
std::string coverPdf(const TemplateFile& tmpl, const TextValues& values);
std::string labelPdf(const TemplateFile& tmpl, const TextValues& values);

} // namespace gp::reports
