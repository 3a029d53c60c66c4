// The dlib side of RecognitionModels; included only by the sources of core/faces.
#pragma once

#include "RecognitionModels.h"
#include "RecognitionNetwork.h"

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>

namespace gp::faces {

struct RecognitionModels::Impl {
    dlib::frontal_face_detector detector; ///< prototype: copy it, never call it shared
    dlib::shape_predictor landmarks5;     ///< const use is thread-safe
    network::ResNet network;              ///< prototype: copy it, never call it shared
};

} // namespace gp::faces
