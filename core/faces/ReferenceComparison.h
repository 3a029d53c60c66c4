// One submission against one reference photo (人像比对 against an enrollment photo, 人证比对
// against an ID-card photo): an explicit state first — never a silent pass — then, when both
// sides have exactly one usable face, the distance, the similarity and the outcome.
//
// States, in the order they are decided: no_reference; no_face_submission,
// multiple_faces_submission; no_face_reference, reference_too_poor (its face narrower than
// reference_min_face_px, or no face in an image whose short side is under
// reference_min_side_px), multiple_faces_reference; compared. With several faces on a side the
// largest faces are still measured (distance and similarity kept for the reviewer), but there
// is no outcome.
#pragma once

#include "ComparisonPolicy.h"
#include "core/domain/FaceRecords.h"
#include "core/domain/PhotoVersion.h"

#include <optional>

namespace gp::faces {

/// The comparison's state, distance, similarity and outcome; ids and times are the caller's.
/// reference is null when the student has no reference photo (no_reference).
domain::FaceComparison compareWithReference(const domain::FaceDescriptor& submission,
                                            const domain::FaceDescriptor* reference,
                                            const domain::ImageFacts& referenceImage,
                                            const ComparisonPolicy& policy);

/// Euclidean distance of two descriptors of the same length.
double descriptorDistance(const std::vector<float>& a, const std::vector<float>& b);

} // namespace gp::faces
