// The dlib models face comparison needs, loaded once per process and shared read-only by every
// DescriptorExtractor on every thread: a prototype HOG frontal face detector, the 5-point
// shape predictor that aligns a face for the descriptor (dlib's recommended alignment for this
// network; 9 MB, so comparison does not wait for the checks' 100 MB 68-point model) and a
// prototype of the ResNet. The detector and the network keep scratch state while they run, so
// each extractor copies them; the shape predictor is used const and shared.
#pragma once

#include "ModelCatalog.h"

#include <memory>
#include <string>

namespace gp::faces {

/// Which model and alignment made a descriptor; stored with each descriptor, so descriptors are
/// computed again only when this changes.
inline constexpr const char* kDescriptorModelId = "dlib-resnet-v1/5pt/150";

class RecognitionModels {
public:
    /// Loads the three models from the catalogue's folder. Throws MissingModelError naming the
    /// folder and `gradphoto-cli models install` when a file is missing or unreadable.
    explicit RecognitionModels(const ModelCatalog& catalog);
    ~RecognitionModels();
    RecognitionModels(const RecognitionModels&) = delete;
    RecognitionModels& operator=(const RecognitionModels&) = delete;

    const std::string& modelId() const { return modelId_; }

    struct Impl; ///< dlib types, kept out of this header (RecognitionModelsImpl.h)
    const Impl& impl() const { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
    std::string modelId_ = kDescriptorModelId;
};

} // namespace gp::faces
