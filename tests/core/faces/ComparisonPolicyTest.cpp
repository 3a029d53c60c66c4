// The profile's face_comparison block: the similarity scale through its anchors, the outcome
// bands, and a clear error for an inconsistent block.
#include "core/faces/ComparisonPolicy.h"

#include "FacesFixtures.h"
#include "core/common/UserError.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

namespace gp::test::faces {
namespace {

using gp::faces::ComparisonOutcome;
using gp::faces::ComparisonPolicy;

TEST(ComparisonPolicy, ReadsTheProfileAndMapsDistanceToSimilarity) {
    const auto p = ComparisonPolicy::fromProfile(
        checks::PhotoProfile::load(templatesDir() / "profiles" / "chsi-2017.json"));
    EXPECT_DOUBLE_EQ(p.similarity(0.0), 100.0);
    EXPECT_DOUBLE_EQ(p.similarity(p.matchMaxDistance), p.similarityAtMatch);
    EXPECT_DOUBLE_EQ(p.similarity(p.reviewMaxDistance), p.similarityAtReview);
    EXPECT_DOUBLE_EQ(p.similarity(p.zeroSimilarityDistance), 0.0);
    EXPECT_DOUBLE_EQ(p.similarity(p.zeroSimilarityDistance + 0.5), 0.0);
    // Monotone, strictly falling inside the scale.
    double previous = 101;
    for (double d = 0; d < p.zeroSimilarityDistance; d += 0.01) {
        const double s = p.similarity(d);
        EXPECT_LT(s, previous) << d;
        previous = s;
    }
    EXPECT_EQ(p.outcome(p.matchMaxDistance), ComparisonOutcome::Match);
    EXPECT_EQ(p.outcome(p.matchMaxDistance + 0.001), ComparisonOutcome::Review);
    EXPECT_EQ(p.outcome(p.reviewMaxDistance), ComparisonOutcome::Review);
    EXPECT_EQ(p.outcome(p.reviewMaxDistance + 0.001), ComparisonOutcome::NoMatch);
    // Duplicates must be well under the match threshold.
    EXPECT_LT(p.duplicateFaceMaxDistance, p.matchMaxDistance);
}

TEST(ComparisonPolicy, BothProfilesCarryTheBlock) {
    for (const char* id : {"chsi-2017", "id-card-358x441"}) {
        const auto p = ComparisonPolicy::fromProfile(
            checks::PhotoProfile::load(templatesDir() / "profiles" / (std::string(id) + ".json")));
        EXPECT_GT(p.matchMaxDistance, 0.0) << id;
        EXPECT_GT(p.duplicateHashMaxHamming, 0) << id;
    }
}

TEST(ComparisonPolicy, InconsistentBandsAreAUserError) {
    TempDir dir;
    const auto file = dir.path() / "bad.json";
    std::ofstream(file) << R"({"id": "bad", "version": 1, "face_comparison": {
        "match_max_distance": 0.7, "review_max_distance": 0.6, "similarity_at_match": 80,
        "similarity_at_review": 60, "zero_similarity_distance": 1.2,
        "reference_min_face_px": 40, "reference_min_side_px": 100, "detect_long_side_px": 400,
        "max_upsample": 4, "duplicate_face_max_distance": 0.3,
        "duplicate_hash_max_hamming": 8}})";
    EXPECT_THROW(ComparisonPolicy::fromProfile(checks::PhotoProfile::load(file)), UserError);
    std::ofstream(file) << R"({"id": "bad", "version": 1})";
    try {
        ComparisonPolicy::fromProfile(checks::PhotoProfile::load(file));
        FAIL() << "a profile without face_comparison was accepted";
    } catch (const UserError& e) {
        EXPECT_NE(std::string(e.what()).find("face_comparison.match_max_distance"),
                  std::string::npos)
            << e.what();
    }
}

} // namespace
} // namespace gp::test::faces
