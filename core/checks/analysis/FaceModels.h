// The dlib face models the photo analysis needs, loaded once per process and shared read-only by
// every PhotoAnalysis on every thread: the 68-point landmark predictor (a 100 MB file, so never
// per photo) and a prototype HOG frontal face detector that each analysis copies (a detector
// keeps scratch state while it scans, so one instance must not serve two threads).
#pragma once

#include "core/faces/ModelCatalog.h"

#include <memory>

namespace gp::checks {

class FaceModels {
public:
    /// Loads shape_predictor_68_face_landmarks.dat from the catalogue's folder. Throws
    /// faces::MissingModelError naming the folder and `gradphoto-cli models install` when the
    /// file is missing.
    explicit FaceModels(const faces::ModelCatalog& catalog);
    ~FaceModels();
    FaceModels(const FaceModels&) = delete;
    FaceModels& operator=(const FaceModels&) = delete;

    struct Impl; ///< dlib types, kept out of this header (FaceModelsImpl.h)
    const Impl& impl() const { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

} // namespace gp::checks
