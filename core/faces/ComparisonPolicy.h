// The profile's "face_comparison" block, read once: the distance bands of the outcome, the
// similarity scale a reviewer reads, when a reference photo is too poor to compare, and the
// duplicate thresholds. Why each value: docs/calibration.md, "Face comparison".
#pragma once

#include "DescriptorExtractor.h"
#include "core/checks/PhotoProfile.h"

#include <string>

namespace gp::faces {

enum class ComparisonOutcome { Match, Review, NoMatch };
std::string_view toCode(ComparisonOutcome outcome);

struct ComparisonPolicy {
    double matchMaxDistance = 0;  ///< distance ≤ this: match
    double reviewMaxDistance = 0; ///< ≤ this: needs review; above: no match

    /// Similarity 0-100, piecewise linear in the distance through these anchors:
    /// 0 → 100, matchMaxDistance → similarityAtMatch, reviewMaxDistance → similarityAtReview,
    /// zeroSimilarityDistance → 0 (and 0 beyond).
    double similarityAtMatch = 0;
    double similarityAtReview = 0;
    double zeroSimilarityDistance = 0;

    int referenceMinFacePx = 0; ///< a reference face narrower than this is too poor to compare
    int referenceMinSidePx = 0; ///< a reference this small with no face found is too poor

    double duplicateFaceMaxDistance = 0; ///< two students' faces this close: same face
    int duplicateHashMaxHamming = 0;     ///< perceptual hashes this close: near-identical

    ExtractionSettings extraction;

    /// Reads "face_comparison.*"; throws UserError naming the profile file and the missing key.
    static ComparisonPolicy fromProfile(const checks::PhotoProfile& profile);

    double similarity(double distance) const;
    ComparisonOutcome outcome(double distance) const;
};

} // namespace gp::faces
