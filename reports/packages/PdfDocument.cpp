#include "PdfDocument.h"

#include "core/common/UserError.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <cstdlib>
#include <cstring>
#include <pango/pangocairo.h>

namespace gp::reports {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void useMillimetres(cairo_t* cr) {
    cairo_identity_matrix(cr);
    cairo_scale(cr, kPointsPerMm, kPointsPerMm);
}

} // namespace

PdfDocument::PdfDocument(double widthMm, double heightMm, std::string fontFamily)
    : font_(std::move(fontFamily)) {
    surface_ = cairo_pdf_surface_create_for_stream(appendBytes, &bytes_, widthMm * kPointsPerMm,
                                                   heightMm * kPointsPerMm);
    cr_ = cairo_create(surface_);
    useMillimetres(cr_);
}

PdfDocument::~PdfDocument() {
    if (cr_ != nullptr) {
        cairo_destroy(cr_);
    }
    if (surface_ != nullptr) {
        cairo_surface_destroy(surface_);
    }
}

void PdfDocument::newPage(double widthMm, double heightMm) {
    cairo_show_page(cr_);
    cairo_pdf_surface_set_size(surface_, widthMm * kPointsPerMm, heightMm * kPointsPerMm);
    useMillimetres(cr_);
}

double PdfDocument::text(const std::string& utf8, double xMm, double yMm, double widthMm,
                         double sizePt, Align align, bool bold) {
    PangoLayout* layout = pango_cairo_create_layout(cr_);
    // Outline metrics, unrounded: hinting would round advances to whole points on a PDF page.
    PangoContext* context = pango_layout_get_context(layout);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context, FALSE);
    pango_layout_context_changed(layout);
    PangoFontDescription* desc = pango_font_description_new();
    pango_font_description_set_family(desc, font_.c_str());
    pango_font_description_set_weight(desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    // Sizes in user units (mm): a point is 25.4 / 72 mm.
    pango_font_description_set_absolute_size(desc, sizePt / kPointsPerMm * PANGO_SCALE);
    pango_layout_set_font_description(layout, desc);
    pango_font_description_free(desc);
    pango_layout_set_width(layout, static_cast<int>(widthMm * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, align == Align::Left     ? PANGO_ALIGN_LEFT
                                       : align == Align::Centre ? PANGO_ALIGN_CENTER
                                                                : PANGO_ALIGN_RIGHT);
    pango_layout_set_text(layout, utf8.c_str(), static_cast<int>(utf8.size()));
    cairo_save(cr_);
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_move_to(cr_, xMm, yMm);
    pango_cairo_update_layout(cr_, layout);
    pango_cairo_show_layout(cr_, layout);
    cairo_restore(cr_);
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    g_object_unref(layout);
    return double(height) / PANGO_SCALE;
}

void PdfDocument::image(const cv::Mat& bgr, const std::string& jpeg, const BoxMm& box, Fit fit) {
    cairo_surface_t* picture = cairo_image_surface_create(CAIRO_FORMAT_RGB24, bgr.cols, bgr.rows);
    cairo_surface_flush(picture);
    unsigned char* data = cairo_image_surface_get_data(picture);
    const int stride = cairo_image_surface_get_stride(picture);
    for (int y = 0; y < bgr.rows; ++y) {
        const auto* src = bgr.ptr<unsigned char>(y);
        auto* dst = data + std::ptrdiff_t(y) * stride;
        for (int x = 0; x < bgr.cols; ++x) {
            dst[4 * x + 0] = src[3 * x + 0]; // RGB24 is B, G, R, unused in memory order
            dst[4 * x + 1] = src[3 * x + 1];
            dst[4 * x + 2] = src[3 * x + 2];
            dst[4 * x + 3] = 0xFF;
        }
    }
    cairo_surface_mark_dirty(picture);
    if (!jpeg.empty()) {
        auto* copy = static_cast<unsigned char*>(std::malloc(jpeg.size()));
        if (copy != nullptr) {
            std::memcpy(copy, jpeg.data(), jpeg.size());
            cairo_surface_set_mime_data(picture, CAIRO_MIME_TYPE_JPEG, copy, jpeg.size(), std::free,
                                        copy);
        }
    }
    const double sx = box.width / bgr.cols;
    const double sy = box.height / bgr.rows;
    const double scale = fit == Fit::Cover ? std::max(sx, sy) : std::min(sx, sy);
    const double drawnW = bgr.cols * scale;
    const double drawnH = bgr.rows * scale;
    cairo_save(cr_);
    cairo_rectangle(cr_, box.x, box.y, box.width, box.height);
    cairo_clip(cr_);
    cairo_translate(cr_, box.x + (box.width - drawnW) / 2, box.y + (box.height - drawnH) / 2);
    cairo_scale(cr_, scale, scale);
    cairo_set_source_surface(cr_, picture, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr_), CAIRO_FILTER_GOOD);
    cairo_paint(cr_);
    cairo_restore(cr_);
    cairo_surface_destroy(picture);
}

void PdfDocument::line(double x1, double y1, double x2, double y2, double widthMm) {
    cairo_save(cr_);
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_set_line_width(cr_, widthMm);
    cairo_move_to(cr_, x1, y1);
    cairo_line_to(cr_, x2, y2);
    cairo_stroke(cr_);
    cairo_restore(cr_);
}

void PdfDocument::rectangle(const BoxMm& box, double widthMm) {
    cairo_save(cr_);
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_set_line_width(cr_, widthMm);
    cairo_rectangle(cr_, box.x, box.y, box.width, box.height);
    cairo_stroke(cr_);
    cairo_restore(cr_);
}

std::string PdfDocument::finish() {
    if (!finished_) {
        finished_ = true;
        cairo_destroy(cr_);
        cr_ = nullptr;
        cairo_surface_finish(surface_);
        const auto status = cairo_surface_status(surface_);
        cairo_surface_destroy(surface_);
        surface_ = nullptr;
        if (status != CAIRO_STATUS_SUCCESS) {
            throw UserError(std::string("Cannot write a PDF: ") + cairo_status_to_string(status) +
                            ".");
        }
    }
    return bytes_;
}

} // namespace gp::reports
