#include "PrintSheetLayout.h"

#include "core/common/UserError.h"

#include <cmath>

namespace gp::reports {

PrintSheetLayout::PrintSheetLayout(const TemplateFile& t)
    : paperW_(t.number("sheet.paper_mm.width")), paperH_(t.number("sheet.paper_mm.height")),
      margin_(t.number("sheet.margin_mm")), header_(t.number("sheet.header_mm")),
      photoW_(t.number("sheet.photo_mm.width")), photoH_(t.number("sheet.photo_mm.height")),
      gapX_(t.number("sheet.gap_mm.x")), gapY_(t.number("sheet.gap_mm.y")),
      caption_(t.number("sheet.caption_mm")) {
    const double usableW = paperW_ - 2 * margin_;
    const double usableH = paperH_ - 2 * margin_ - header_;
    const double cellH = photoH_ + caption_;
    columns_ =
        static_cast<std::size_t>(std::max(0.0, std::floor((usableW + gapX_) / (photoW_ + gapX_))));
    rows_ =
        static_cast<std::size_t>(std::max(0.0, std::floor((usableH + gapY_) / (cellH + gapY_))));
    if (columns_ == 0 || rows_ == 0) {
        throw UserError("The print sheet in " + t.file().string() +
                            " has no room for a single photo.",
                        "Make the photo, the margins or the gaps smaller, or the paper larger.");
    }
    const double gridW = double(columns_) * photoW_ + double(columns_ - 1) * gapX_;
    left_ = (paperW_ - gridW) / 2;
    top_ = margin_ + header_;
}

BoxMm PrintSheetLayout::photoBox(std::size_t slot) const {
    const auto column = slot % columns_;
    const auto row = slot / columns_;
    return {left_ + double(column) * (photoW_ + gapX_),
            top_ + double(row) * (photoH_ + caption_ + gapY_), photoW_, photoH_};
}

BoxMm PrintSheetLayout::captionBox(std::size_t slot) const {
    const auto photo = photoBox(slot);
    return {photo.x - gapX_ / 2, photo.y + photoH_, photoW_ + gapX_, caption_};
}

BoxMm PrintSheetLayout::headerBox() const {
    return {margin_, margin_, paperW_ - 2 * margin_, header_};
}

} // namespace gp::reports
