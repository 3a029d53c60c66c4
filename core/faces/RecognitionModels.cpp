#include "RecognitionModelsImpl.h"

#include <dlib/serialize.h>

namespace gp::faces {
namespace {

template <typename T>
void load(const ModelCatalog& catalog, FaceModel model, T& into) {
    const auto path = catalog.require(model);
    try {
        dlib::deserialize(path.string()) >> into;
    } catch (const std::exception& e) {
        throw MissingModelError(
            "The face model " + path.string() + " cannot be read: " + e.what() + ".",
            std::string("Reinstall the models with `") + kInstallModelsCommand + "`.");
    }
}

} // namespace

RecognitionModels::RecognitionModels(const ModelCatalog& catalog)
    : impl_(std::make_unique<Impl>()) {
    impl_->detector = dlib::get_frontal_face_detector();
    load(catalog, FaceModel::Landmarks5, impl_->landmarks5);
    load(catalog, FaceModel::Recognition, impl_->network);
}

RecognitionModels::~RecognitionModels() = default;

} // namespace gp::faces
