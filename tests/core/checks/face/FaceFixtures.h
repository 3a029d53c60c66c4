// Fixtures for the face checks, derived in code from the real photos in
// ../shared/testdata/photos (never copied into the repository): analyse a studio portrait, then
// re-frame it into a compliant 480×640 photo on a uniform light-blue backdrop, or into a photo
// with exactly one defect.
#pragma once

#include "core/checks/PhotoProfile.h"
#include "core/checks/analysis/PhotoAnalysis.h"
#include "core/checks/measures/FaceChecks.h"
#include "core/common/DataPaths.h"
#include "core/faces/ModelCatalog.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <numbers>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>
#include <string>

namespace gp::test::face {

inline std::filesystem::path photosDir() {
    return GRADPHOTO_TESTDATA_PHOTOS;
}

inline std::filesystem::path modelsDir() {
    if (const char* env = std::getenv("GRADPHOTO_MODELS")) {
        return env;
    }
    return defaultModelsDir(processEnvironment());
}

inline std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string encodeJpeg(const cv::Mat& image, int quality = 95) {
    std::vector<uchar> buf;
    cv::imencode(".jpg", image, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
    return {buf.begin(), buf.end()};
}

/// The profile and the models, loaded once for the whole test program (the landmark model is
/// 100 MB). Null models when they are not installed.
struct Shared {
    checks::PhotoProfile profile;
    std::unique_ptr<checks::FaceModels> models;
    std::string missing; ///< why models is null

    static Shared& get() {
        static Shared shared = [] {
            Shared s;
            s.profile = checks::PhotoProfile::load(std::filesystem::path(GRADPHOTO_TEMPLATES_DIR) /
                                                   "profiles" / "chsi-2017.json");
            try {
                s.models = std::make_unique<checks::FaceModels>(faces::ModelCatalog(modelsDir()));
            } catch (const std::exception& e) {
                s.missing = std::string("dlib models not found in ") + modelsDir().string() +
                            " (install them with `gradphoto-cli models install`): " + e.what();
            }
            return s;
        }();
        return shared;
    }
};

using Outcomes = std::map<std::string, checks::CheckOutcome>;

inline Outcomes runFaceChecks(checks::CheckContext& context) {
    Outcomes out;
    for (const auto& check : checks::faceChecks()) {
        out[check->id()] = check->run(context);
    }
    return out;
}

inline std::string describe(const Outcomes& outcomes) {
    std::string s;
    for (const auto& [id, o] : outcomes) {
        s += id + " " + std::string(checks::toCode(o.verdict)) + " " + o.reasonCode;
        for (const auto& m : o.measures) {
            s += " " + m.name + "=" + std::to_string(m.value) + m.unit;
        }
        s += " | " + o.detail + "\n";
    }
    return s;
}

/// A studio portrait, analysed: what the re-framing needs.
struct Source {
    cv::Mat image;
    cv::Mat mask;
    checks::Landmarks landmarks{};
    int headTop = 0;
    cv::Point2f eyes; ///< midpoint of the eye centres
    double roll = 0;  ///< degrees
    double width = 0; ///< jaw 0-16
    double eyeToTop = 0;
};

inline Source analyseSource(const std::filesystem::path& file) {
    auto& shared = Shared::get();
    checks::PhotoAnalysis a(readFile(file), file.filename().string(), shared.profile,
                            *shared.models);
    Source s;
    s.image = a.image().clone();
    s.mask = a.personMask().clone();
    s.landmarks = a.landmarks().value();
    s.headTop = a.headTop().value();
    const auto& lm = s.landmarks;
    cv::Point2f r(0, 0), l(0, 0);
    for (std::size_t i = 0; i < 6; ++i) {
        r += lm[36 + i] / 6.0F;
        l += lm[42 + i] / 6.0F;
    }
    s.eyes = (r + l) / 2.0F;
    s.roll = std::atan2(l.y - r.y, l.x - r.x) * 180.0 / std::numbers::pi;
    s.width = std::hypot(lm[16].x - lm[0].x, lm[16].y - lm[0].y);
    s.eyeToTop = static_cast<double>(s.eyes.y) - s.headTop;
    return s;
}

/// Where to put the face in a 480×640 photo.
struct Placement {
    double scale = 1.0; ///< × baseScale()
    double dx = 0;      ///< px right of centred
    double dy = 0;      ///< px below the mid-band position
    double rotate = 0;  ///< extra degrees, counter-clockwise, about the eyes
};

inline constexpr int kWidth = 480;
inline constexpr int kHeight = 640;
inline const cv::Scalar kLightBlue(255, 197, 100); // BGR of RGB(100,197,255)

/// Re-frames the source: levels the eyes, scales, moves, and flattens the backdrop to light blue
/// outside the person mask.
/// The scale of a compliant photo: eye-to-crown 190 px, and the face at least 195 px wide.
inline double baseScale(const Source& s) {
    return std::max(190.0 / s.eyeToTop, 195.0 / s.width);
}

/// Where place() puts the eye line and the crown: both as far inside their bands (200-300,
/// 50-110) as the head's proportions allow, eyes at (330 + eye-to-crown) / 2.
inline double placedEyeY(const Source& s, const Placement& p) {
    return (330.0 + baseScale(s) * p.scale * s.eyeToTop) / 2.0 + p.dy;
}
inline double placedHeadTop(const Source& s, const Placement& p) {
    return placedEyeY(s, p) - baseScale(s) * p.scale * s.eyeToTop;
}

inline cv::Mat place(const Source& s, const Placement& p, const cv::Scalar& backdrop = kLightBlue) {
    const double scale = baseScale(s) * p.scale;
    const double eyeY = placedEyeY(s, p);
    const double eyeX = kWidth / 2.0 + p.dx;
    cv::Mat m = cv::getRotationMatrix2D(s.eyes, s.roll + p.rotate, scale);
    // Centred on the face (midway between the jaw ends), the eyes at eyeY.
    const cv::Point2f jaw = (s.landmarks[0] + s.landmarks[16]) / 2.0F;
    const double jawX =
        m.at<double>(0, 0) * jaw.x + m.at<double>(0, 1) * jaw.y + m.at<double>(0, 2);
    m.at<double>(0, 2) += eyeX - jawX;
    m.at<double>(1, 2) += eyeY - s.eyes.y;
    cv::Mat image;
    cv::Mat mask;
    cv::warpAffine(s.image, image, m, cv::Size(kWidth, kHeight), cv::INTER_LINEAR,
                   cv::BORDER_REPLICATE);
    // Outside the source photo is backdrop (its top rows may cut through the hair).
    cv::warpAffine(s.mask, mask, m, cv::Size(kWidth, kHeight), cv::INTER_NEAREST,
                   cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::Mat background;
    cv::bitwise_not(mask, background);
    image.setTo(backdrop, background);
    return image;
}

} // namespace gp::test::face
