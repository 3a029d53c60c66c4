// pairs.csv: 136 real pairs of 9 people. At the profile's default thresholds every same-person
// pair is a match or needs review and no different-person pair is a match. Prints every
// distance it saw (the figures behind docs/calibration.md, "Face comparison").
#include "FacesFixtures.h"
#include "core/faces/ComparisonPolicy.h"
#include "core/faces/ReferenceComparison.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>

namespace gp::test::faces {
namespace {

using gp::faces::ComparisonOutcome;

struct Measured {
    std::string a, b;
    bool same = false;
    double distance = 0;
};

TEST(PairsCalibration, SamePersonIsMatchOrReviewAndDifferentPersonNeverMatch) {
    GP_REQUIRE_FACE_MODELS();
    auto& shared = Shared::get();
    const auto policy = gp::faces::ComparisonPolicy::fromProfile(shared.profile);
    gp::faces::DescriptorExtractor extractor(*shared.models, policy.extraction);
    std::ifstream list(photosDir() / "pairs.csv");
    ASSERT_TRUE(list) << "pairs.csv missing from " << photosDir();
    std::string line;
    std::getline(list, line);
    ASSERT_EQ(line, "a,b,same");
    std::map<std::string, domain::FaceDescriptor> faces;
    const auto face = [&](const std::string& file) -> const domain::FaceDescriptor& {
        auto it = faces.find(file);
        if (it == faces.end()) {
            it = faces.emplace(file, extractor.extract(readPhoto(file)).descriptor).first;
        }
        return it->second;
    };
    std::vector<Measured> pairs;
    while (std::getline(list, line)) {
        const auto c1 = line.find(',');
        const auto c2 = line.rfind(',');
        Measured m{line.substr(0, c1), line.substr(c1 + 1, c2 - c1 - 1), line.substr(c2 + 1) == "1",
                   0};
        const auto& fa = face(m.a);
        const auto& fb = face(m.b);
        ASSERT_EQ(fa.faceCount, 1) << m.a;
        ASSERT_EQ(fb.faceCount, 1) << m.b;
        m.distance = gp::faces::descriptorDistance(fa.descriptor, fb.descriptor);
        pairs.push_back(m);
    }
    ASSERT_EQ(pairs.size(), 136u);
    std::sort(pairs.begin(), pairs.end(),
              [](const Measured& x, const Measured& y) { return x.distance < y.distance; });
    std::size_t same = 0, different = 0, match = 0, review = 0, noMatch = 0;
    double sameMax = 0, differentMin = 10, differentMax = 0;
    std::cout << "distance  similarity  outcome   same  pair\n";
    for (const auto& m : pairs) {
        const auto outcome = policy.outcome(m.distance);
        std::cout << std::fixed << std::setprecision(3) << m.distance << "     " << std::setw(5)
                  << std::setprecision(1) << policy.similarity(m.distance) << "  " << std::setw(8)
                  << std::left << gp::faces::toCode(outcome) << std::right << "  "
                  << (m.same ? "yes " : "no  ") << "  " << m.a << " " << m.b << "\n";
        if (m.same) {
            ++same;
            sameMax = std::max(sameMax, m.distance);
            EXPECT_NE(outcome, ComparisonOutcome::NoMatch)
                << m.a << " and " << m.b << " show one person, at " << m.distance;
        } else {
            ++different;
            differentMin = std::min(differentMin, m.distance);
            differentMax = std::max(differentMax, m.distance);
            EXPECT_NE(outcome, ComparisonOutcome::Match)
                << m.a << " and " << m.b << " show two people, at " << m.distance;
        }
        match += outcome == ComparisonOutcome::Match;
        review += outcome == ComparisonOutcome::Review;
        noMatch += outcome == ComparisonOutcome::NoMatch;
    }
    std::cout << std::setprecision(3) << same << " same-person pairs, largest distance " << sameMax
              << "; " << different << " different-person pairs, " << differentMin << " to "
              << differentMax << "; outcomes: " << match << " match, " << review << " review, "
              << noMatch << " no match\n";
    EXPECT_EQ(same, 9u);
    EXPECT_EQ(different, 127u);
}

} // namespace
} // namespace gp::test::faces
