// The faces in the demo's sample photos (group photos from the npm package
// @vladmandic/face-api, MIT licence, fetched by installer/fetch-demo-photos): every face dlib's
// HOG detector finds, with its 68 landmarks, in a fixed order (file name, then left to right).
#pragma once

#include "core/checks/CheckContext.h"
#include "core/checks/analysis/FaceModels.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gp::demo {

struct SampleFace {
    std::string file; ///< the sample photo's file name, e.g. sample3.jpg
    int index = 0;    ///< left to right within the file
    cv::Rect box;     ///< in the sample photo
    checks::Landmarks landmarks{};
    std::shared_ptr<const cv::Mat> photo; ///< the sample photo, shared by its faces

    std::string label() const { return file + "#" + std::to_string(index); }
};

/// The sample photos a demo needs: sample*.jpg in dir. Throws UserError naming the command that
/// fetches them when there are none.
std::vector<std::filesystem::path> findSamplePhotos(const std::filesystem::path& dir);

/// Every face of at least minWidth pixels in the photos.
std::vector<SampleFace> findSampleFaces(const std::vector<std::filesystem::path>& photos,
                                        const checks::FaceModels& models, int minWidth = 90);

/// The default folder of the demo photos: $GRADPHOTO_DEMO_PHOTOS, else
/// $XDG_DATA_HOME/gradphoto/demo-photos, else ~/.local/share/gradphoto/demo-photos.
std::filesystem::path
defaultDemoPhotosDir(const std::function<std::optional<std::string>(const std::string&)>& env);

/// The command that fetches them, as users should type it.
inline constexpr const char* kFetchDemoPhotosCommand = "./installer/fetch-demo-photos";

} // namespace gp::demo
