// Each duplicate kind, built from the shared photos in code: the same bytes for two students,
// a re-encoded and a 5 %-cropped copy (near-identical), a mirrored copy (same face: the mirror
// must not hide it), and photos of other people that must not be grouped. Prints the Hamming
// and descriptor distances behind the profile's duplicate thresholds.
#include "core/faces/DuplicateFinder.h"

#include "FacesFixtures.h"
#include "core/common/Sha256.h"
#include "core/faces/ComparisonPolicy.h"
#include "core/faces/ReferenceComparison.h"

#include <gtest/gtest.h>

#include <iomanip>
#include <iostream>

namespace gp::test::faces {
namespace {

using gp::faces::DuplicateCandidate;
using gp::faces::DuplicateKind;

class Duplicates : public ::testing::Test {
protected:
    void SetUp() override {
        GP_REQUIRE_FACE_MODELS();
        policy = gp::faces::ComparisonPolicy::fromProfile(Shared::get().profile);
        auto settings = policy.extraction;
        settings.mirrored = true;
        extractor =
            std::make_unique<gp::faces::DescriptorExtractor>(*Shared::get().models, settings);
    }

    /// A candidate for student `no` submitting these bytes.
    DuplicateCandidate candidate(const std::string& no, const std::string& bytes) {
        const cv::Mat image = imaging::decodeImage(bytes);
        const auto f = extractor->extract(image);
        DuplicateCandidate c;
        c.studentId = static_cast<std::int64_t>(candidates.size() + 1);
        c.studentNo = no;
        c.photoVersionId = c.studentId;
        c.sha256 = sha256Hex(bytes);
        c.hash = gp::faces::PerceptualHash::of(image);
        if (f.descriptor.faceCount == 1) {
            c.descriptor = f.descriptor.descriptor;
            c.mirrored = f.mirrored;
        }
        return c;
    }

    void add(const std::string& no, const std::string& bytes) {
        candidates.push_back(candidate(no, bytes));
    }

    std::vector<gp::faces::DuplicateGroup> find() {
        gp::faces::DuplicateSettings s;
        s.maxHamming = policy.duplicateHashMaxHamming;
        s.maxFaceDistance = policy.duplicateFaceMaxDistance;
        s.nearIdenticalMaxFaceDistance = policy.matchMaxDistance;
        return gp::faces::findDuplicates(candidates, s);
    }

    std::vector<std::string> members(const gp::faces::DuplicateGroup& g) {
        std::vector<std::string> out;
        for (auto i : g.members) {
            out.push_back(candidates[i].studentNo);
        }
        return out;
    }

    static std::vector<float> symmetric(const DuplicateCandidate& c) {
        std::vector<float> v(c.descriptor.size());
        for (std::size_t k = 0; k < v.size(); ++k) {
            v[k] = 0.5f * (c.descriptor[k] + c.mirrored[k]);
        }
        return v;
    }

    gp::faces::ComparisonPolicy policy;
    std::unique_ptr<gp::faces::DescriptorExtractor> extractor;
    std::vector<DuplicateCandidate> candidates;
};

TEST_F(Duplicates, EachKindIsFoundAndOtherPeopleAreNot) {
    const auto obama = readFile(photosDir() / "identities/obama-1.jpg");
    const auto biden = readPhoto("identities/biden-1.jpg");
    const auto lennon = readPhoto("identities/lennon-1.jpg");
    const auto carell = readPhoto("identities/carell-1.jpg");
    add("2021001", obama);
    add("2021002", obama); // the same file
    add("2021003", encodeJpeg(biden, 95));
    add("2021004", encodeJpeg(biden, 60)); // re-compressed
    add("2021005", encodeJpeg(lennon, 95));
    add("2021006", encodeJpeg(cropFivePercent(lennon), 90)); // cropped 5 % and re-saved
    add("2021007", encodeJpeg(carell, 95));
    add("2021008", encodeJpeg(mirror(carell), 95)); // mirrored
    for (const char* other :
         {"identities/leslie-1.jpg", "identities/clapton-1.jpg", "identities/adams-1.jpg",
          "identities/harington-1.jpg", "identities/lacamoire-1.jpg"}) {
        add(std::string("other ") + other, readFile(photosDir() / other));
    }

    const auto h = [&](int a, int b) {
        return candidates[a].hash->hamming(*candidates[b].hash);
    };
    const auto d = [&](int a, int b) {
        return gp::faces::descriptorDistance(symmetric(candidates[a]), symmetric(candidates[b]));
    };
    const auto plain = [&](int a, int b) {
        return gp::faces::descriptorDistance(candidates[a].descriptor, candidates[b].descriptor);
    };
    std::cout << std::defaultfloat << std::setprecision(3) << "re-compressed: " << h(2, 3)
              << " bits, face " << d(2, 3) << "\n"
              << "cropped 5 %:   " << h(4, 5) << " bits, face " << d(4, 5) << "\n"
              << "mirrored:      " << h(6, 7) << " bits, face " << d(6, 7)
              << " (without the mirrored descriptor " << plain(6, 7) << ")\n";
    int minBits = 64;
    double minFace = 10;
    for (std::size_t a = 0; a < candidates.size(); ++a) {
        for (std::size_t b = a + 1; b < candidates.size(); ++b) {
            // Pairs of different source photos (0-1, 2-3, 4-5, 6-7 share one).
            if (a < 8 && b == (a | 1) && a % 2 == 0) {
                continue;
            }
            minBits = std::min(minBits, h(static_cast<int>(a), static_cast<int>(b)));
            minFace = std::min(minFace, d(static_cast<int>(a), static_cast<int>(b)));
        }
    }
    std::cout << std::defaultfloat << std::setprecision(3) << "different photos: at least "
              << minBits << " bits apart; different people: "
              << "faces at least " << minFace << " apart\n";

    const auto groups = find();
    ASSERT_EQ(groups.size(), 4u);
    EXPECT_EQ(groups[0].kind, DuplicateKind::SameBytes);
    EXPECT_EQ(members(groups[0]), (std::vector<std::string>{"2021001", "2021002"}));
    EXPECT_EQ(groups[1].kind, DuplicateKind::NearIdentical);
    EXPECT_EQ(members(groups[1]), (std::vector<std::string>{"2021003", "2021004"}));
    EXPECT_EQ(groups[2].kind, DuplicateKind::NearIdentical);
    EXPECT_EQ(members(groups[2]), (std::vector<std::string>{"2021005", "2021006"}));
    EXPECT_EQ(groups[3].kind, DuplicateKind::SameFace);
    EXPECT_EQ(members(groups[3]), (std::vector<std::string>{"2021007", "2021008"}));
    EXPECT_LE(groups[3].closest, policy.duplicateFaceMaxDistance);
    EXPECT_GT(minBits, policy.duplicateHashMaxHamming);
    EXPECT_GT(minFace, policy.duplicateFaceMaxDistance);
}

TEST_F(Duplicates, OneStudentsOwnVersionsAreNotDuplicates) {
    const auto obama = readFile(photosDir() / "identities/obama-1.jpg");
    add("2021001", obama);
    add("2021001", obama);
    candidates[1].studentId = candidates[0].studentId; // a retake of the same file
    add("2021002", encodeJpeg(mirror(readPhoto("identities/obama-1.jpg")), 90));
    const auto groups = find();
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].kind, DuplicateKind::SameFace);
    EXPECT_EQ(members(groups[0]), (std::vector<std::string>{"2021001", "2021001", "2021002"}));
}

} // namespace
} // namespace gp::test::faces
