// Where the photos sit on a print sheet, from the "sheet" part of templates/reports/mailing.json:
// a grid of cells (photo box, crop marks around it, caption under it) as many as fit inside the
// margins below the header, centred across the page. All lengths in millimetres.
#pragma once

#include "PdfDocument.h"
#include "TemplateFile.h"

#include <cstddef>

namespace gp::reports {

class PrintSheetLayout {
public:
    /// Throws UserError when not even one photo fits on the paper.
    explicit PrintSheetLayout(const TemplateFile& tmpl);

    double paperWidth() const { return paperW_; }
    double paperHeight() const { return paperH_; }
    std::size_t columns() const { return columns_; }
    std::size_t rows() const { return rows_; }
    std::size_t perPage() const { return columns_ * rows_; }
    std::size_t pagesFor(std::size_t photos) const {
        return photos == 0 ? 0 : (photos + perPage() - 1) / perPage();
    }

    /// The photo box of the slot-th photo on its page (0-based, row by row).
    BoxMm photoBox(std::size_t slot) const;
    /// The caption's column under that photo.
    BoxMm captionBox(std::size_t slot) const;
    /// The header band at the top of the page.
    BoxMm headerBox() const;

private:
    double paperW_, paperH_, margin_, header_;
    double photoW_, photoH_, gapX_, gapY_, caption_;
    std::size_t columns_ = 0, rows_ = 0;
    double left_ = 0, top_ = 0;
};

} // namespace gp::reports
