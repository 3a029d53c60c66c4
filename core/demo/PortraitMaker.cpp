#include "PortraitMaker.h"

#include "DrawnBody.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>

namespace gp::demo {

namespace {

constexpr double kFaceWidthPx = 205;       // a compliant face width, inside 180–300
constexpr int kCanvasHeightForBands = 330; // eyes at (330 + eye-to-crown) / 2: both bands met
constexpr double kMaxEyeToCrownPx = 205;   // so the crown stays well inside its band from the top

cv::Point2f mean(const checks::Landmarks& lm, std::size_t from, std::size_t to) {
    cv::Point2f p(0, 0);
    for (std::size_t i = from; i < to; ++i) {
        p += lm[i];
    }
    return p / static_cast<float>(to - from);
}

cv::Point2f apply(const cv::Mat& m, cv::Point2f p) {
    return {static_cast<float>(m.at<double>(0, 0) * p.x + m.at<double>(0, 1) * p.y +
                               m.at<double>(0, 2)),
            static_cast<float>(m.at<double>(1, 0) * p.x + m.at<double>(1, 1) * p.y +
                               m.at<double>(1, 2))};
}

/// The crop → frame transform of one sitter.
cv::Mat placement(const Sitter& s, const cv::Size& size) {
    const auto& h = *s.head;
    // A face 205 px wide, unless the hair is so high that the crown would leave its band:
    // then as much smaller as keeps the face at least 185 px wide.
    double k = kFaceWidthPx / h.faceWidth;
    k = std::max(std::min(k, kMaxEyeToCrownPx / (h.eyes.y - h.crown)), 195.0 / h.faceWidth);
    k *= s.scale;
    const double eyeToCrown = (h.eyes.y - h.crown) * k;
    const double eyeY = (kCanvasHeightForBands + eyeToCrown) / 2.0 + s.dy;
    const cv::Point2f jaw = (h.landmarks[0] + h.landmarks[16]) / 2.0F;
    cv::Mat m = cv::getRotationMatrix2D(h.eyes, s.rotate, k);
    const auto placedJaw = apply(m, jaw);
    const auto placedEyes = apply(m, h.eyes);
    m.at<double>(0, 2) += size.width / 2.0 + s.dx - placedJaw.x;
    m.at<double>(1, 2) += eyeY - placedEyes.y;
    return m;
}

/// Where the body goes under the placed face.
BodyFrame bodyFrame(const Sitter& s, const cv::Mat& m) {
    const auto& h = *s.head;
    BodyFrame f;
    f.chin = apply(m, h.landmarks[8]);
    for (std::size_t i = 2; i <= 14; ++i) {
        f.jaw.push_back(apply(m, h.landmarks[i]));
    }
    f.faceHeight = f.chin.y - apply(m, mean(h.landmarks, 17, 27)).y;
    f.centreX = (apply(m, h.landmarks[0]).x + apply(m, h.landmarks[16]).x) / 2.0;
    f.faceWidth = kFaceWidthPx * s.scale;
    return f;
}

cv::Scalar skinColour(const HeadCutout& h) {
    // The cheeks: midway between the nose tip and the jaw at the mouth's height, on both sides
    // (on a turned face a fixed offset from the nose lands on the hair or the party).
    const double r = std::max(2.0, h.faceWidth * 0.05);
    cv::Scalar sum(0, 0, 0);
    int patches = 0;
    for (const std::size_t jaw : {std::size_t{3}, std::size_t{13}}) {
        const cv::Point2f cheek = (h.landmarks[30] + h.landmarks[jaw]) / 2.0F;
        cv::Rect patch(cv::Point(static_cast<int>(cheek.x - r), static_cast<int>(cheek.y - r)),
                       cv::Size(static_cast<int>(2 * r), static_cast<int>(2 * r)));
        patch &= cv::Rect(0, 0, h.original.cols, h.original.rows);
        if (!patch.empty()) {
            sum += cv::mean(h.original(patch));
            ++patches;
        }
    }
    return patches == 0 ? cv::Scalar(150, 170, 200) : sum / patches;
}

/// Party lighting is dim: bring the face to a studio's brightness (mean L* about 62), and
/// sharpen a little, since the faces are enlarged to 205 px.
void evenOutExposure(HeadCutout& h) {
    std::vector<cv::Point> outline;
    for (std::size_t i = 0; i < 27; ++i) {
        outline.emplace_back(h.landmarks[i]);
    }
    std::vector<cv::Point> hull;
    cv::convexHull(outline, hull);
    cv::Mat faceMask(h.original.size(), CV_8U, cv::Scalar(0));
    cv::fillConvexPoly(faceMask, hull, cv::Scalar(255));
    // In CIE Lab: L* scaled to the target, the left and right halves of the face evened out
    // with a ramp across it (party lights come from the side), the colour toned down when the
    // lights made it garish.
    cv::Mat lab;
    cv::cvtColor(h.original, lab, cv::COLOR_BGR2Lab);
    std::vector<cv::Mat> channels;
    cv::split(lab, channels);
    cv::Mat l;
    channels[0].convertTo(l, CV_32F, 100.0 / 255.0);
    const int nose = static_cast<int>(h.landmarks[30].x);
    cv::Mat leftHalf = faceMask.clone(), rightHalf = faceMask.clone();
    leftHalf.colRange(std::clamp(nose, 0, l.cols), l.cols).setTo(0);
    rightHalf.colRange(0, std::clamp(nose, 0, l.cols)).setTo(0);
    const double left = cv::mean(l, leftHalf)[0];
    const double right = cv::mean(l, rightHalf)[0];
    const double x0 = h.landmarks[0].x, x16 = h.landmarks[16].x;
    for (int x = 0; x < l.cols; ++x) {
        const double t = std::clamp((x - x0) / std::max(1.0, x16 - x0), 0.0, 1.0);
        const double side = (1 - t) * left + t * right;
        const double gain = std::clamp(62.0 / std::max(side, 1.0), 0.8, 2.0);
        l.col(x) *= gain;
    }
    l.convertTo(channels[0], CV_8U, 255.0 / 100.0);
    const double chroma = std::hypot(cv::mean(channels[1], faceMask)[0] - 128.0,
                                     cv::mean(channels[2], faceMask)[0] - 128.0);
    const double tone = chroma > 22 ? 22 / chroma : 1.0;
    for (int c = 1; c < 3; ++c) {
        channels[static_cast<std::size_t>(c)].convertTo(channels[static_cast<std::size_t>(c)],
                                                        CV_8U, tone, 128.0 * (1 - tone));
    }
    cv::merge(channels, lab);
    cv::Mat brighter;
    cv::cvtColor(lab, brighter, cv::COLOR_Lab2BGR);
    // Sharpened a little here, at the sample's own scale, and again after the enlargement (in
    // framePortrait). (An edge-preserving denoise before it cost the softer faces the detail
    // sharpness.focus looks for, so there is none.)
    cv::Mat soft;
    cv::GaussianBlur(brighter, soft, cv::Size(0, 0), std::max(1.0, h.faceWidth / 150.0));
    cv::addWeighted(brighter, 1.6, soft, -0.6, 0, h.original);
}

} // namespace

HeadCutout cutOutHead(const SampleFace& face) {
    const auto& lm = face.landmarks;
    const auto right = mean(lm, 36, 42);
    const auto left = mean(lm, 42, 48);
    const cv::Point2f eyes = (right + left) / 2.0F;
    const double roll = std::atan2(left.y - right.y, left.x - right.x) * 180.0 / std::numbers::pi;
    const double width = std::hypot(lm[16].x - lm[0].x, lm[16].y - lm[0].y);

    // Level the eyes and crop around the head: 1.6 face widths either side and above the eyes,
    // 2.2 below.
    HeadCutout h;
    h.label = face.label();
    h.faceWidth = width;
    cv::Mat m = cv::getRotationMatrix2D(eyes, roll, 1.0);
    const double margin = 1.6 * width;
    m.at<double>(0, 2) += margin - eyes.x;
    m.at<double>(1, 2) += margin - eyes.y;
    const cv::Size cropSize(static_cast<int>(2 * margin), static_cast<int>(margin + 2.2 * width));
    cv::warpAffine(*face.photo, h.original, m, cropSize, cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    for (std::size_t i = 0; i < lm.size(); ++i) {
        h.landmarks[i] = apply(m, lm[i]);
    }
    h.eyes = apply(m, eyes);
    evenOutExposure(h);

    // GrabCut seeded from the landmarks: the face itself is certainly the person; an ellipse
    // over the head and hair (the crown 0.8 brow-to-chin heights above the brows, the adult
    // proportion) and a band for the neck are probably the person; beyond a wider ellipse is
    // certainly not.
    const auto brows = mean(h.landmarks, 17, 27);
    const auto chin = h.landmarks[8];
    const double faceHeight = chin.y - brows.y;
    const double crownGuess = brows.y - 0.8 * faceHeight;
    const cv::Point centre(static_cast<int>((h.landmarks[0].x + h.landmarks[16].x) / 2),
                           static_cast<int>((crownGuess + chin.y) / 2));
    const cv::Size axes(static_cast<int>(0.72 * width),
                        static_cast<int>((chin.y - crownGuess) / 2 + 0.05 * faceHeight));
    cv::Mat seed(cropSize, CV_8U, cv::Scalar(cv::GC_BGD));
    cv::ellipse(seed, centre, cv::Size(axes.width * 5 / 4, axes.height * 6 / 5), 0, 0, 360,
                cv::Scalar(cv::GC_PR_BGD), cv::FILLED);
    cv::ellipse(seed, centre, axes, 0, 0, 360, cv::Scalar(cv::GC_PR_FGD), cv::FILLED);
    const int neckBottom = static_cast<int>(chin.y + 0.35 * faceHeight);
    cv::rectangle(seed,
                  cv::Point(centre.x - static_cast<int>(0.25 * width), static_cast<int>(chin.y)),
                  cv::Point(centre.x + static_cast<int>(0.25 * width), neckBottom),
                  cv::Scalar(cv::GC_PR_FGD), cv::FILLED);
    std::vector<cv::Point> faceOutline;
    for (std::size_t i = 0; i < 27; ++i) {
        faceOutline.emplace_back(h.landmarks[i]);
    }
    std::vector<cv::Point> hull;
    cv::convexHull(faceOutline, hull);
    cv::fillConvexPoly(seed, hull, cv::Scalar(cv::GC_FGD));
    cv::Mat bgdModel, fgdModel;
    cv::theRNG().state = 0x67726164; // GrabCut's k-means starts from OpenCV's RNG: fix it
    cv::grabCut(h.original, seed, cv::Rect(), bgdModel, fgdModel, 4, cv::GC_INIT_WITH_MASK);
    cv::Mat person = (seed == cv::GC_FGD) | (seed == cv::GC_PR_FGD);
    // The neck ends where the drawn collar begins; nothing of the party below it.
    person(cv::Rect(0, std::min(neckBottom, cropSize.height - 1), cropSize.width,
                    cropSize.height - std::min(neckBottom, cropSize.height - 1)))
        .setTo(0);
    // Under the chin the drawn neck and collar take over: no hand, necklace or strap of the
    // party photo there (hair beside the neck stays).
    {
        const int chinY = std::clamp(static_cast<int>(chin.y) + 2, 0, cropSize.height - 1);
        const int x0 = std::clamp(centre.x - static_cast<int>(0.24 * width), 0, cropSize.width);
        const int x1 = std::clamp(centre.x + static_cast<int>(0.24 * width), 0, cropSize.width);
        person(cv::Rect(x0, chinY, x1 - x0, cropSize.height - chinY)).setTo(0);
    }
    // Keep the blob that holds the face; close small gaps in the hair, and cut off thin spikes
    // (fingers, stray strands, a sliver of the next guest) that make the outline ragged.
    cv::morphologyEx(person, person, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(9, 9)));
    const int spike = std::max(3, static_cast<int>(width / 10)) | 1;
    cv::morphologyEx(person, person, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(spike, spike)));
    cv::Mat labels;
    cv::connectedComponents(person, labels, 8, CV_32S);
    const int faceLabel = labels.at<int>(cv::Point(h.eyes));
    if (faceLabel > 0) {
        person = labels == faceLabel;
    }
    // Fill holes inside the head (highlights in the hair the cut took for background).
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(person.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    person.setTo(0);
    cv::drawContours(person, contours, -1, cv::Scalar(255), cv::FILLED);
    // A smooth outline: the mask blurred and cut at half, so tufts and blocks round off (the
    // face itself stays whole).
    {
        cv::Mat smooth;
        person.convertTo(smooth, CV_32F, 1.0 / 255.0);
        cv::GaussianBlur(smooth, smooth, cv::Size(0, 0), std::max(1.5, width / 24.0));
        person = smooth > 0.5F;
        cv::Mat faceArea(cropSize, CV_8U, cv::Scalar(0));
        cv::fillConvexPoly(faceArea, hull, cv::Scalar(255));
        person |= faceArea;
    }

    // The soft edge lies inside the head, so no rim of the party behind it shows on the
    // backdrop (on white it would read as a shadow).
    const int rim = std::max(2, static_cast<int>(width / 40));
    cv::Mat inner;
    cv::erode(person, inner,
              cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * rim + 1, 2 * rim + 1)));
    inner.convertTo(h.alpha, CV_32F, 1.0 / 255.0);
    cv::GaussianBlur(h.alpha, h.alpha, cv::Size(0, 0), std::max(1.0, width / 70.0));

    // The crown: the highest row of the head across the middle of the face.
    h.crown = crownGuess;
    const int x0 = static_cast<int>(h.landmarks[19].x);
    const int x1 = static_cast<int>(h.landmarks[24].x);
    for (int y = 0; y < static_cast<int>(brows.y); ++y) {
        const cv::Mat row = person.row(y).colRange(std::max(0, x0), std::min(cropSize.width, x1));
        if (cv::countNonZero(row) > row.cols / 3) {
            h.crown = y;
            break;
        }
    }
    return h;
}

cv::Mat framePortrait(const Scene& scene) {
    cv::Mat canvas(scene.size, CV_8UC3, scene.background);
    if (scene.keepOriginalBackground && !scene.sitters.empty()) {
        const auto& s = scene.sitters.front();
        cv::warpAffine(s.head->original, canvas, placement(s, scene.size), scene.size,
                       cv::INTER_CUBIC, cv::BORDER_REPLICATE);
        return canvas;
    }
    for (const auto& s : scene.sitters) {
        const auto m = placement(s, scene.size);
        drawBody(canvas, bodyFrame(s, m), skinColour(*s.head), s.clothing);
        cv::Mat head, alpha;
        cv::warpAffine(s.head->original, head, m, scene.size, cv::INTER_CUBIC,
                       cv::BORDER_REPLICATE);
        // A mild unsharp mask at the photo's own scale: the enlargement softened the face.
        cv::Mat soft;
        cv::GaussianBlur(head, soft, cv::Size(0, 0), 1.4);
        cv::addWeighted(head, 1.25, soft, -0.25, 0, head);
        cv::warpAffine(s.head->alpha, alpha, m, scene.size, cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                       cv::Scalar(0));
        cv::Mat headF, canvasF, alpha3;
        head.convertTo(headF, CV_32FC3);
        canvas.convertTo(canvasF, CV_32FC3);
        cv::merge(std::vector<cv::Mat>{alpha, alpha, alpha}, alpha3);
        cv::Mat blended = headF.mul(alpha3) + canvasF.mul(cv::Scalar::all(1.0) - alpha3);
        blended.convertTo(canvas, CV_8UC3);
    }
    return canvas;
}

void photograph(cv::Mat& photo, std::uint64_t seed) {
    cv::Mat f, soft, softer;
    photo.convertTo(f, CV_32FC3);
    cv::GaussianBlur(f, soft, cv::Size(0, 0), 0.5);
    cv::GaussianBlur(soft, softer, cv::Size(0, 0), 1.4);
    cv::addWeighted(soft, 1.5, softer, -0.5, 0, f);
    cv::RNG rng(seed);
    cv::Mat luma(photo.size(), CV_32F), colour(photo.size(), CV_32FC3);
    rng.fill(luma, cv::RNG::NORMAL, 0.0, 1.3);
    rng.fill(colour, cv::RNG::NORMAL, 0.0, 0.7);
    cv::Mat luma3;
    cv::merge(std::vector<cv::Mat>{luma, luma, luma}, luma3);
    f += luma3 + colour;
    f.convertTo(photo, CV_8UC3);
}

cv::Rect placedFaceBox(const Scene& scene) {
    const auto& s = scene.sitters.front();
    const auto m = placement(s, scene.size);
    std::vector<cv::Point2f> points;
    for (const auto& p : s.head->landmarks) {
        points.push_back(apply(m, p));
    }
    return cv::boundingRect(points);
}

} // namespace gp::demo
