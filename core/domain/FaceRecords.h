// Face descriptors (one per image content and model) and the comparisons made with them.
#pragma once

#include "Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace gp::domain {

struct FaceBox {
    int x = 0, y = 0, width = 0, height = 0;
};

/// The descriptor of the main face of an image; keyed by the image's SHA-256 and the model.
struct FaceDescriptor {
    std::string sha256;
    std::string modelId;
    int faceCount = 0;             ///< faces found; the descriptor is of the largest
    std::vector<float> descriptor; ///< 128 values, empty when no face was found
    FaceBox box;
    std::string note; ///< e.g. "reference upsampled 2x"
    std::string computedAt;
};

/// State of one comparison: compared, or the explicit reason it could not be.
/// Codes: compared, no_reference, no_face_submission, multiple_faces_submission,
/// no_face_reference, multiple_faces_reference, reference_too_poor, unreadable_submission,
/// unreadable_reference (the image could not be decoded; the decoder's message in note).
struct FaceComparison {
    std::int64_t id = 0;
    SubmissionId submissionId = 0;
    ReferencePhotoId referencePhotoId = 0; ///< 0 for no_reference
    std::string modelId;
    std::string state;
    std::optional<double> distance;
    std::optional<double> similarity; ///< 0-100
    std::string outcome;              ///< match, review, no_match; empty unless compared
    std::string computedAt;
    std::string note; ///< why an image was unreadable; empty otherwise
};

} // namespace gp::domain
