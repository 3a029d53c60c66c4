// Helpers shared by the image-based checks: outcome building, Lab colour, and the regions the
// checks sample (the inner face, the background away from the person and the image edges).
#pragma once

#include "core/checks/CheckContext.h"
#include "core/checks/CheckOutcome.h"

#include <opencv2/core.hpp>
#include <optional>
#include <string>

namespace gp::checks::image {

std::string fmt(double value, int decimals = 1);

CheckOutcome notApplicable(const std::string& id, const std::string& detail);
/// Sets the verdict: Pass (no reason) when ok, otherwise failVerdict with the reason code.
void judge(CheckOutcome& outcome, bool ok, Verdict failVerdict, const std::string& reasonCode);

OverlayShape box(const cv::Rect& r, const std::string& label);
OverlayShape point(const cv::Point& p, const std::string& label);

/// CIE Lab of an 8-bit BGR image as CV_32FC3 (L 0–100, a and b about −128…127).
cv::Mat toLab(const cv::Mat& bgr);
cv::Vec3f labOfRgb(int r, int g, int b);
/// CIE76 colour difference.
double deltaE(const cv::Vec3f& a, const cv::Vec3f& b);
/// Per-channel median of a CV_32FC3 image over mask != 0 (the whole image when mask is empty);
/// nothing when the mask selects no pixel.
std::optional<cv::Vec3f> medianOf(const cv::Mat& image3f, const cv::Mat& mask);
/// The q-quantile (0–1) of a CV_32FC1 image over mask != 0; 0 when the mask is empty.
double quantileOf(const cv::Mat& image1f, const cv::Mat& mask, double q);

/// The largest face clipped to the image; nothing when there is no image or no face.
std::optional<cv::Rect> mainFace(CheckContext& context);
/// The central part of a face box: eyes, cheeks, nose, mouth, little hair or background.
cv::Rect innerFace(const cv::Rect& face);
/// personMask() when it is an 8-bit mask the size of image() with some person in it.
bool hasPersonMask(CheckContext& context);
/// Background pixels at least personMarginPx from the person and edgeMarginPx from the edges.
cv::Mat backgroundRegion(CheckContext& context, int personMarginPx, int edgeMarginPx);
/// Euclidean distance (px, CV_32F) of every pixel from the nearest person pixel.
cv::Mat distanceFromPerson(const cv::Mat& mask);
/// The mask grown by px pixels.
cv::Mat grow(const cv::Mat& mask, int px);
/// 255 inside the image except a frame edgeMarginPx wide along the edges.
cv::Mat edgeFrame(const cv::Size& size, int edgeMarginPx);
/// 255 inside the picture (inside an added frame, if any: CheckContext::addedFrame()) except a
/// band edgeMarginPx wide along its edges.
cv::Mat pictureFrame(CheckContext& context, int edgeMarginPx);

/// Variance of the Laplacian of the face box scaled to normalisedWidth px wide (grey).
double focusMeasure(const cv::Mat& bgr, const cv::Rect& face, int normalisedWidth);

/// One eye from the 68 landmarks: first = 36 (the person's right eye, image left) or 42.
struct Eye {
    cv::Point2f centre;
    float width = 0; ///< corner to corner
};
Eye eyeAt(const Landmarks& landmarks, int first);
/// A box around the eye, widthRatio × and heightRatio × the eye width, clipped to the image.
cv::Rect eyeBox(const Eye& eye, double widthRatio, double heightRatio, const cv::Size& image);

int intValue(const PhotoProfile& profile, const std::string& key);

} // namespace gp::checks::image
