#include "FaceModelsImpl.h"

#include <dlib/serialize.h>

namespace gp::checks {

FaceModels::FaceModels(const faces::ModelCatalog& catalog) : impl_(std::make_unique<Impl>()) {
    const auto path = catalog.require(faces::FaceModel::Landmarks68);
    impl_->detector = dlib::get_frontal_face_detector();
    try {
        dlib::deserialize(path.string()) >> impl_->landmarks68;
    } catch (const std::exception& e) {
        throw faces::MissingModelError(
            "The landmark model " + path.string() + " cannot be read: " + e.what() + ".",
            std::string("Reinstall the models with `") + faces::kInstallModelsCommand + "`.");
    }
}

FaceModels::~FaceModels() = default;

} // namespace gp::checks
