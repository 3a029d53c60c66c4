// Fixtures for the face-comparison tests: the recognition models loaded once for the test
// program, the shared real photos (../shared/testdata/photos, never copied here) and the
// variants the duplicate tests derive from them in code (re-encoded, cropped, mirrored, shrunk).
#pragma once

#include "core/checks/PhotoProfile.h"
#include "core/common/DataPaths.h"
#include "core/faces/DescriptorExtractor.h"
#include "core/faces/ModelCatalog.h"
#include "core/faces/RecognitionModels.h"
#include "core/imaging/ImageDecoder.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>
#include <string>

namespace gp::test::faces {

inline std::filesystem::path photosDir() {
    return GRADPHOTO_TESTDATA_PHOTOS;
}

inline std::filesystem::path templatesDir() {
    return GRADPHOTO_TEMPLATES_DIR;
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

inline cv::Mat readPhoto(const std::string& relative) {
    return imaging::decodeImage(readFile(photosDir() / relative));
}

inline std::string encodeJpeg(const cv::Mat& image, int quality = 95) {
    std::vector<uchar> buf;
    cv::imencode(".jpg", image, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
    return {buf.begin(), buf.end()};
}

/// The image with 5 % cut from every side.
inline cv::Mat cropFivePercent(const cv::Mat& image) {
    const int dx = image.cols / 20;
    const int dy = image.rows / 20;
    return image(cv::Rect(dx, dy, image.cols - 2 * dx, image.rows - 2 * dy)).clone();
}

inline cv::Mat mirror(const cv::Mat& image) {
    cv::Mat out;
    cv::flip(image, out, 1);
    return out;
}

/// Scaled so its long side is longSide pixels.
inline cv::Mat shrink(const cv::Mat& image, int longSide) {
    const double s = static_cast<double>(longSide) / std::max(image.cols, image.rows);
    cv::Mat out;
    cv::resize(image, out, cv::Size(), s, s, cv::INTER_AREA);
    return out;
}

inline cv::Mat grey(const cv::Mat& image) {
    cv::Mat g, out;
    cv::cvtColor(image, g, cv::COLOR_BGR2GRAY);
    cv::cvtColor(g, out, cv::COLOR_GRAY2BGR);
    return out;
}

/// The models and the default profile, loaded once; null models when they are not installed.
struct Shared {
    checks::PhotoProfile profile;
    std::unique_ptr<gp::faces::RecognitionModels> models;
    std::string missing;

    static Shared& get() {
        static Shared shared = [] {
            Shared s;
            s.profile = checks::PhotoProfile::load(templatesDir() / "profiles" / "chsi-2017.json");
            try {
                s.models = std::make_unique<gp::faces::RecognitionModels>(
                    gp::faces::ModelCatalog(modelsDir()));
            } catch (const std::exception& e) {
                s.missing = std::string("dlib models not found in ") + modelsDir().string() +
                            " (install them with `gradphoto-cli models install`): " + e.what();
            }
            if (!std::filesystem::is_directory(photosDir())) {
                s.missing = "the shared photos are not in " + photosDir().string();
            }
            return s;
        }();
        return shared;
    }
};

#define GP_REQUIRE_FACE_MODELS()                                                                   \
    do {                                                                                           \
        if (!::gp::test::faces::Shared::get().missing.empty()) {                                   \
            GTEST_SKIP() << ::gp::test::faces::Shared::get().missing;                              \
        }                                                                                          \
    } while (0)

} // namespace gp::test::faces
