// The two photos side by side at the same height on screen: the reference (enrollment or ID-card
// photo) and the submission, with the checks' marks drawn over the submission when the overlay is
// on. Zoom with +/− (or the wheel), 1 for 100 %, 0 to fit; drag to pan; a photo that cannot be
// shown becomes a grey placeholder saying why.
#pragma once

#include "core/review/CheckPresentation.h"

#include <wx/image.h>
#include <wx/window.h>

#include <string>
#include <vector>

namespace gp::gui {

struct ShownPhoto {
    wxImage image; ///< invalid when there is none or it could not be read
    wxString caption;
    wxString error; ///< why it cannot be shown; empty when it simply does not exist
};

class PhotoPairView : public wxWindow {
public:
    explicit PhotoPairView(wxWindow* parent);

    void setPhotos(ShownPhoto reference, ShownPhoto submission);
    void setChecks(std::vector<review::CheckLine> checks);
    void setOverlay(bool on);
    bool overlay() const { return overlay_; }
    /// Draws only this check's marks, stronger; "" for all.
    void highlight(const std::string& checkId);
    void zoomIn();
    void zoomOut();
    void zoomFit();
    /// 100%: one photo pixel to one screen pixel.
    void zoomActual();
    /// 0 when fitted to the window.
    double zoom() const { return zoom_; }
    /// The scale the submission is drawn at (the fitted one when zoom() is 0).
    double shownScale() const { return scale(); }
    /// The scale the reference is drawn at: as tall as the submission on screen.
    double shownReferenceScale() const { return referenceScale(scale()); }
    /// The check whose marks are drawn alone ("" for all).
    const std::string& highlighted() const { return highlighted_; }
    /// What the last paint drew of the submission: its size on screen and the marks over it.
    wxSize drawnSubmission() const { return drawnSize_; }
    std::size_t marksDrawn() const { return marksDrawn_; }
    const ShownPhoto& reference() const { return reference_; }
    const ShownPhoto& submission() const { return submission_; }

private:
    void onPaint(wxPaintEvent&);
    void onMouse(wxMouseEvent&);
    double scale() const;
    double fitScale(const ShownPhoto& p) const;
    double referenceScale(double submissionScale) const;
    void drawPhoto(wxDC& dc, const ShownPhoto& photo, const wxRect& area, double s, bool withMarks);

    ShownPhoto reference_, submission_;
    std::vector<review::CheckLine> checks_;
    std::string highlighted_;
    bool overlay_ = true;
    double zoom_ = 0;
    wxPoint pan_{0, 0};
    wxPoint dragFrom_;
    wxSize drawnSize_;
    std::size_t marksDrawn_ = 0;
};

} // namespace gp::gui
