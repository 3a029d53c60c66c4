#include "SampleFaces.h"

#include "core/checks/analysis/FaceModelsImpl.h"
#include "core/common/UserError.h"

#include <algorithm>
#include <dlib/opencv.h>
#include <opencv2/imgcodecs.hpp>

namespace gp::demo {

namespace fs = std::filesystem;

fs::path
defaultDemoPhotosDir(const std::function<std::optional<std::string>(const std::string&)>& env) {
    if (auto dir = env("GRADPHOTO_DEMO_PHOTOS")) {
        return *dir;
    }
    if (auto xdg = env("XDG_DATA_HOME")) {
        return fs::path(*xdg) / "gradphoto" / "demo-photos";
    }
    return fs::path(env("HOME").value_or("/tmp")) / ".local" / "share" / "gradphoto" /
           "demo-photos";
}

std::vector<fs::path> findSamplePhotos(const fs::path& dir) {
    std::vector<fs::path> photos;
    std::error_code ec;
    if (fs::is_directory(dir, ec)) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            const auto name = entry.path().filename().string();
            if (name.rfind("sample", 0) == 0 && entry.path().extension() == ".jpg") {
                photos.push_back(entry.path());
            }
        }
    }
    if (photos.empty()) {
        throw UserError("The demo photos are not in " + dir.string() + ".",
                        std::string("Fetch them (about 13 MB from the npm registry) with: ") +
                            kFetchDemoPhotosCommand +
                            " (installed as /usr/share/gradphoto/fetch-demo-photos), or name "
                            "their folder with --photos.");
    }
    std::sort(photos.begin(), photos.end());
    return photos;
}

std::vector<SampleFace> findSampleFaces(const std::vector<fs::path>& photos,
                                        const checks::FaceModels& models, int minWidth) {
    std::vector<SampleFace> faces;
    for (const auto& file : photos) {
        auto image = std::make_shared<cv::Mat>(cv::imread(file.string(), cv::IMREAD_COLOR));
        if (image->empty()) {
            throw UserError("The demo photo " + file.string() + " cannot be read.",
                            std::string("Fetch the demo photos again: ") + kFetchDemoPhotosCommand +
                                " --force");
        }
        dlib::cv_image<dlib::bgr_pixel> view(*image);
        auto detector = models.impl().detector; // a copy: detectors keep scratch state
        auto boxes = detector(view);
        std::sort(boxes.begin(), boxes.end(),
                  [](const auto& a, const auto& b) { return a.left() < b.left(); });
        int index = 0;
        for (const auto& box : boxes) {
            if (static_cast<int>(box.width()) < minWidth) {
                continue;
            }
            SampleFace face;
            face.file = file.filename().string();
            face.index = index++;
            face.box = cv::Rect(static_cast<int>(box.left()), static_cast<int>(box.top()),
                                static_cast<int>(box.width()), static_cast<int>(box.height()));
            const auto shape = models.impl().landmarks68(view, box);
            for (unsigned long i = 0; i < shape.num_parts() && i < face.landmarks.size(); ++i) {
                face.landmarks[i] = cv::Point2f(static_cast<float>(shape.part(i).x()),
                                                static_cast<float>(shape.part(i).y()));
            }
            face.photo = image;
            faces.push_back(std::move(face));
        }
    }
    return faces;
}

} // namespace gp::demo
