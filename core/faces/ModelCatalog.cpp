#include "ModelCatalog.h"

namespace gp::faces {

namespace fs = std::filesystem;

namespace {

const ModelFile& fileOf(FaceModel model) {
    for (const auto& f : kModelFiles) {
        if (f.model == model) {
            return f;
        }
    }
    return kModelFiles.front();
}

} // namespace

fs::path ModelCatalog::pathOf(FaceModel model) const {
    return dir_ / fileOf(model).fileName;
}

fs::path ModelCatalog::require(FaceModel model) const {
    const auto path = pathOf(model);
    const auto& file = fileOf(model);
    std::error_code ec;
    const bool there = fs::is_regular_file(path, ec);
    const auto size = there ? fs::file_size(path, ec) : 0;
    if (there && size > 0 && (!checkSizes_ || size == file.bytes)) {
        return path;
    }
    const std::string what = there && size > 0
                                 ? std::string("The face model ") + file.fileName + " in " +
                                       dir_.string() + " is incomplete (" + std::to_string(size) +
                                       " of " + std::to_string(file.bytes) + " bytes)."
                                 : std::string("The face model ") + file.fileName +
                                       " is missing from " + dir_.string() + ".";
    throw MissingModelError(what, std::string("Install the face models with: ") +
                                      kInstallModelsCommand +
                                      " (or set GRADPHOTO_MODELS to the folder that holds them).");
}

std::vector<ModelCatalog::Status> ModelCatalog::status() const {
    std::vector<Status> out;
    for (const auto& f : kModelFiles) {
        Status s{f, dir_ / f.fileName, false, 0};
        std::error_code ec;
        if (fs::is_regular_file(s.path, ec)) {
            s.bytes = fs::file_size(s.path, ec);
            s.present = !ec && s.bytes > 0 && (!checkSizes_ || s.bytes == f.bytes);
        }
        out.push_back(s);
    }
    return out;
}

bool ModelCatalog::complete() const {
    for (const auto& s : status()) {
        if (!s.present) {
            return false;
        }
    }
    return true;
}

} // namespace gp::faces
