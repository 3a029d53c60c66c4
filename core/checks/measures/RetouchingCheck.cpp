// 教毕指〔2017〕99号, photo content: "不得化妆、美颜" / no retouching. Needs a human eye: WARN
// only. Measure: skin texture — the standard deviation of the grey image minus its Gaussian blur in
// a cheek patch under each eye. A beauty filter leaves the face sharp (sharpness.focus passes)
// but the skin unnaturally smooth; a blurred photo is smooth everywhere and is left to
// sharpness.focus, so this check warns only when the face is in focus.
#include "ImageChecks.h"
#include "ImageRegions.h"

#include <opencv2/imgproc.hpp>

namespace gp::checks {
namespace {

class RetouchingCheck : public Check {
public:
    std::string id() const override { return "human_eye.retouching"; }
    CheckOutcome run(CheckContext& context) const override {
        const auto face = image::mainFace(context);
        const auto& landmarks = context.landmarks();
        if (!face || !landmarks) {
            return image::notApplicable(id(), "No face landmarks to find the cheeks.");
        }
        const auto& p = context.profile();
        const auto& img = context.image();
        const double minTexture = p.number("human_eye.min_skin_texture");
        CheckOutcome o;
        o.checkId = id();
        double texture = 0;
        int patches = 0;
        for (const int first : {36, 42}) {
            const auto eye = image::eyeAt(*landmarks, first);
            const int side = static_cast<int>(eye.width * 0.7f);
            const cv::Rect cheek =
                cv::Rect(static_cast<int>(eye.centre.x) - side / 2,
                         static_cast<int>(eye.centre.y + eye.width * 0.9f) - side / 2, side, side) &
                cv::Rect({0, 0}, img.size());
            if (cheek.area() < 16) {
                continue;
            }
            cv::Mat grey, smooth;
            cv::cvtColor(img(cheek), grey, cv::COLOR_BGR2GRAY);
            grey.convertTo(grey, CV_32F);
            cv::GaussianBlur(grey, smooth, {0, 0}, 1.5);
            cv::Scalar mean, stddev;
            cv::meanStdDev(grey - smooth, mean, stddev);
            texture += stddev[0];
            ++patches;
            o.overlay.push_back(image::box(cheek, "cheek"));
        }
        if (patches == 0) {
            return image::notApplicable(id(), "The cheeks are outside the image.");
        }
        texture /= patches;
        const double focus = image::focusMeasure(
            img, *face, image::intValue(p, "sharpness.normalised_face_width_px"));
        const bool inFocus = focus >= p.number("sharpness.min_laplacian_variance");
        o.measures = {{"skin_texture", texture, "grey levels"}};
        o.limit = "≥ " + image::fmt(minTexture, 2) + " when the face is in focus";
        o.limitValues = {{"min", minTexture}};
        image::judge(o, texture >= minTexture || !inFocus, Verdict::Warn, "retouched");
        o.detail = inFocus ? "Skin texture " + image::fmt(texture, 2) +
                                 " grey levels; very smooth skin on a sharp face suggests a "
                                 "beauty filter."
                           : "The face is not in focus (see sharpness.focus); texture " +
                                 image::fmt(texture, 2) + " not judged.";
        return o;
    }
};

} // namespace

std::unique_ptr<Check> makeRetouchingCheck() {
    return std::make_unique<RetouchingCheck>();
}

} // namespace gp::checks
