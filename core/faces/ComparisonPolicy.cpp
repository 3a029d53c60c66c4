#include "ComparisonPolicy.h"

#include "core/common/UserError.h"

#include <algorithm>

namespace gp::faces {

std::string_view toCode(ComparisonOutcome outcome) {
    switch (outcome) {
    case ComparisonOutcome::Match:
        return "match";
    case ComparisonOutcome::Review:
        return "review";
    case ComparisonOutcome::NoMatch:
        return "no_match";
    }
    return "no_match";
}

ComparisonPolicy ComparisonPolicy::fromProfile(const checks::PhotoProfile& profile) {
    const auto n = [&](const std::string& key) {
        return profile.number("face_comparison." + key);
    };
    ComparisonPolicy p;
    p.matchMaxDistance = n("match_max_distance");
    p.reviewMaxDistance = n("review_max_distance");
    p.similarityAtMatch = n("similarity_at_match");
    p.similarityAtReview = n("similarity_at_review");
    p.zeroSimilarityDistance = n("zero_similarity_distance");
    p.referenceMinFacePx = static_cast<int>(n("reference_min_face_px"));
    p.referenceMinSidePx = static_cast<int>(n("reference_min_side_px"));
    p.duplicateFaceMaxDistance = n("duplicate_face_max_distance");
    p.duplicateHashMaxHamming = static_cast<int>(n("duplicate_hash_max_hamming"));
    p.extraction.detectLongSidePx = static_cast<int>(n("detect_long_side_px"));
    p.extraction.maxUpsample = static_cast<int>(n("max_upsample"));
    if (!(p.matchMaxDistance > 0 && p.matchMaxDistance <= p.reviewMaxDistance &&
          p.reviewMaxDistance < p.zeroSimilarityDistance &&
          p.similarityAtMatch >= p.similarityAtReview && p.similarityAtMatch <= 100 &&
          p.similarityAtReview >= 0)) {
        throw UserError("The face_comparison block of " + profile.file().string() +
                            " is inconsistent: the distances must rise (match ≤ review < zero "
                            "similarity) and the similarities fall.",
                        "Fix the numbers, or restore the file from the installed templates.");
    }
    return p;
}

double ComparisonPolicy::similarity(double distance) const {
    const auto lerp = [](double d, double d0, double d1, double s0, double s1) {
        return s0 + (s1 - s0) * (d - d0) / (d1 - d0);
    };
    if (distance <= 0) {
        return 100.0;
    }
    if (distance <= matchMaxDistance) {
        return lerp(distance, 0, matchMaxDistance, 100, similarityAtMatch);
    }
    if (distance <= reviewMaxDistance) {
        return lerp(distance, matchMaxDistance, reviewMaxDistance, similarityAtMatch,
                    similarityAtReview);
    }
    if (distance < zeroSimilarityDistance) {
        return lerp(distance, reviewMaxDistance, zeroSimilarityDistance, similarityAtReview, 0);
    }
    return 0.0;
}

ComparisonOutcome ComparisonPolicy::outcome(double distance) const {
    if (distance <= matchMaxDistance) {
        return ComparisonOutcome::Match;
    }
    return distance <= reviewMaxDistance ? ComparisonOutcome::Review : ComparisonOutcome::NoMatch;
}

} // namespace gp::faces
