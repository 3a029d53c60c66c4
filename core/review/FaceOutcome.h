// 人像比对 as one rule for the console's list, the batch approval and the reports: the comparison
// that stands for a student is the newest one (state compared) of the latest photo version with
// the student's newest enrollment photo. Newest by id: a comparison made again under another
// model, or after a re-import, supersedes the older ones, so the current model's result is the
// one that counts; a comparison with an enrollment photo replaced since counts for nothing. The
// ID-card comparison (人证比对) follows the same rule with the newest ID-card photo and is shown
// apart, never mixed into 人像比对. The SQL of ReviewRows mirrors this rule for speed; the tests
// hold the two to the same answers.
#pragma once

#include "core/domain/FaceRecords.h"
#include "core/domain/ReferencePhoto.h"

#include <vector>

namespace gp::review {

/// The newest reference photo of the kind among the student's, 0 when there is none.
domain::ReferencePhotoId newestReference(const std::vector<domain::ReferencePhoto>& references,
                                         domain::ReferenceKind kind);

/// Of the latest photo version's comparisons, the one that stands: the newest compared one
/// with reference; nullptr when there is none (not compared yet, or reference is 0).
const domain::FaceComparison*
standingComparison(const std::vector<domain::FaceComparison>& comparisonsOfLatestPhoto,
                   domain::ReferencePhotoId reference);

} // namespace gp::review
