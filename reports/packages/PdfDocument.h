// A PDF written with cairo, laid out in millimetres, with text set by pango in a CJK font
// (Noto Sans CJK SC by default) and photos placed at an exact physical size. JPEG photos are
// embedded as they are (no re-compression); the document is built in memory.
#pragma once

#include <opencv2/core.hpp>
#include <string>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace gp::reports {

struct BoxMm {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

class PdfDocument {
public:
    enum class Align { Left, Centre, Right };
    enum class Fit {
        Cover,  ///< fill the box, trimming what passes its edges (centred)
        Contain ///< fit inside the box, leaving bands (centred)
    };

    /// The first page has this size.
    PdfDocument(double widthMm, double heightMm, std::string fontFamily);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    /// Ends the current page; the next one has this size.
    void newPage(double widthMm, double heightMm);

    /// Sets text in a column of the given width starting at (x, y) (its top); wraps at word
    /// or character boundaries. Returns the height it took, in mm.
    double text(const std::string& utf8, double xMm, double yMm, double widthMm, double sizePt,
                Align align = Align::Left, bool bold = false);

    /// Draws the image (8-bit BGR) into box; jpeg, when not empty, is the same picture as a
    /// JPEG file and is embedded instead of the pixels.
    void image(const cv::Mat& bgr, const std::string& jpeg, const BoxMm& box, Fit fit);

    void line(double x1, double y1, double x2, double y2, double widthMm);
    void rectangle(const BoxMm& box, double widthMm);

    /// Ends the document; returns the PDF's bytes. Throws UserError if cairo failed.
    std::string finish();

private:
    std::string bytes_;
    std::string font_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    bool finished_ = false;
};

} // namespace gp::reports
