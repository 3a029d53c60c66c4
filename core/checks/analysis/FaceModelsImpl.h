// The dlib side of FaceModels; included only by the analysis sources.
#pragma once

#include "FaceModels.h"

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>

namespace gp::checks {

struct FaceModels::Impl {
    dlib::frontal_face_detector detector; ///< prototype: copy it, never call it shared
    dlib::shape_predictor landmarks68;    ///< const use is thread-safe
};

} // namespace gp::checks
