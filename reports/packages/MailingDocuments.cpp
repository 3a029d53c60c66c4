#include "MailingDocuments.h"

#include "PdfDocument.h"
#include "core/imaging/ImageDecoder.h"

namespace gp::reports {
namespace {

void cropMarks(PdfDocument& pdf, const BoxMm& b, double offset, double length, double width) {
    const double left = b.x;
    const double right = b.x + b.width;
    const double top = b.y;
    const double bottom = b.y + b.height;
    for (const double y : {top, bottom}) { // horizontal marks, outside left and right
        pdf.line(left - offset - length, y, left - offset, y, width);
        pdf.line(right + offset, y, right + offset + length, y, width);
    }
    for (const double x : {left, right}) { // vertical marks, above and below
        pdf.line(x, top - offset - length, x, top - offset, width);
        pdf.line(x, bottom + offset, x, bottom + offset + length, width);
    }
}

} // namespace

std::string printSheetsPdf(const TemplateFile& t, const PrintSheetLayout& layout,
                           const TextValues& values, const std::vector<SheetPhoto>& photos) {
    PdfDocument pdf(layout.paperWidth(), layout.paperHeight(), t.text("font"));
    const auto fit =
        t.text("sheet.fit") == "contain" ? PdfDocument::Fit::Contain : PdfDocument::Fit::Cover;
    const double markOffset = t.number("sheet.crop_mark_mm.offset");
    const double markLength = t.number("sheet.crop_mark_mm.length");
    const double markLine = t.number("sheet.crop_mark_mm.line");
    const double captionPt = t.number("sheet.caption_pt");
    const auto captionLines = t.texts("sheet.caption");
    const auto pages = layout.pagesFor(photos.size());
    for (std::size_t page = 0; page < pages; ++page) {
        if (page > 0) {
            pdf.newPage(layout.paperWidth(), layout.paperHeight());
        }
        auto headerValues = values;
        headerValues["page"] = std::to_string(page + 1);
        headerValues["pages"] = std::to_string(pages);
        const auto header = layout.headerBox();
        pdf.text(fillText(t.text("sheet.header"), headerValues), header.x, header.y, header.width,
                 t.number("sheet.header_pt"));
        for (std::size_t slot = 0; slot < layout.perPage(); ++slot) {
            const auto index = page * layout.perPage() + slot;
            if (index >= photos.size()) {
                break;
            }
            const auto& photo = photos[index];
            const auto box = layout.photoBox(slot);
            const auto image = imaging::decodeImage(photo.bytes);
            pdf.image(image, photo.embedAsJpeg ? photo.bytes : std::string(), box, fit);
            cropMarks(pdf, box, markOffset, markLength, markLine);
            const auto caption = layout.captionBox(slot);
            double y = caption.y + markOffset + markLength + 0.5;
            const TextValues student{{"name", photo.name}, {"student_no", photo.studentNo}};
            for (const auto& line : captionLines) {
                y += pdf.text(fillText(line, student), caption.x, y, caption.width, captionPt,
                              PdfDocument::Align::Centre);
            }
        }
    }
    return pdf.finish();
}

std::string coverPdf(const TemplateFile& t, const TextValues& values) {
    const double w = t.number("cover.paper_mm.width");
    const double h = t.number("cover.paper_mm.height");
    const double margin = t.number("cover.margin_mm");
    PdfDocument pdf(w, h, t.text("font"));
    double y = margin;
    y += pdf.text(fillText(t.text("cover.title"), values), margin, y, w - 2 * margin,
                  t.number("cover.title_pt"), PdfDocument::Align::Centre, true);
    y += 10;
    const double bodyPt = t.number("cover.body_pt");
    for (const auto& line : t.texts("cover.lines")) {
        y += line.empty() ? bodyPt * 0.5
                          : pdf.text(fillText(line, values), margin, y, w - 2 * margin, bodyPt);
        y += 2;
    }
    return pdf.finish();
}

std::string labelPdf(const TemplateFile& t, const TextValues& values) {
    const double w = t.number("label.paper_mm.width");
    const double h = t.number("label.paper_mm.height");
    const double margin = t.number("label.margin_mm");
    PdfDocument pdf(w, h, t.text("font"));
    pdf.rectangle({margin / 2, margin / 2, w - margin, h - margin}, t.number("label.border_line"));
    double y = margin;
    y += pdf.text(fillText(t.text("label.title"), values), margin, y, w - 2 * margin,
                  t.number("label.title_pt"), PdfDocument::Align::Left, true);
    y += 2;
    for (const auto& line : t.texts("label.lines")) {
        y += pdf.text(fillText(line, values), margin, y, w - 2 * margin, t.number("label.body_pt"));
        y += 1.5;
    }
    const double footerPt = t.number("label.footer_pt");
    pdf.text(fillText(t.text("label.footer"), values), margin, h - margin - footerPt * 0.6,
             w - 2 * margin, footerPt, PdfDocument::Align::Right);
    return pdf.finish();
}

} // namespace gp::reports
