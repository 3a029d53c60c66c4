// Every explicit state of a comparison, from real photos turned into each case in code: no
// reference, two faces (submission and reference), no face (submission and reference), a tiny
// reference too poor to compare, and an old small grey scanned enrollment photo that is
// upsampled so it is still compared.
#include "FacesFixtures.h"
#include "core/faces/ComparisonPolicy.h"
#include "core/faces/ReferenceComparison.h"

#include <gtest/gtest.h>

#include <iomanip>
#include <iostream>

namespace gp::test::faces {
namespace {

using gp::faces::compareWithReference;
using gp::faces::ComparisonPolicy;

class ReferenceStates : public ::testing::Test {
protected:
    void SetUp() override {
        GP_REQUIRE_FACE_MODELS();
        policy = ComparisonPolicy::fromProfile(Shared::get().profile);
        extractor = std::make_unique<gp::faces::DescriptorExtractor>(*Shared::get().models,
                                                                     policy.extraction);
    }

    domain::FaceDescriptor face(const cv::Mat& image) {
        return extractor->extract(image).descriptor;
    }

    static domain::ImageFacts facts(const cv::Mat& image) {
        domain::ImageFacts f;
        f.format = "jpeg";
        f.width = image.cols;
        f.height = image.rows;
        return f;
    }

    /// A uniform light-blue backdrop with a little noise and a grey shape: no face.
    static cv::Mat emptyBackdrop() {
        cv::Mat img(640, 480, CV_8UC3, cv::Scalar(255, 197, 100));
        cv::Mat noise(img.size(), CV_8UC3);
        cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(4));
        img += noise;
        cv::ellipse(img, {240, 520}, {160, 90}, 0, 0, 360, cv::Scalar(90, 90, 90), cv::FILLED);
        return img;
    }

    /// The head and shoulders around the face of a photo: what an enrollment photo shows.
    cv::Mat headAndShoulders(const cv::Mat& image) {
        const auto box = face(image).box;
        cv::Rect r(box.x + box.width / 2 - box.width * 11 / 10,
                   box.y + box.height / 2 - box.height * 3 / 2, box.width * 22 / 10,
                   box.height * 29 / 10);
        r &= cv::Rect(0, 0, image.cols, image.rows);
        return image(r).clone();
    }

    ComparisonPolicy policy;
    std::unique_ptr<gp::faces::DescriptorExtractor> extractor;
};

TEST_F(ReferenceStates, NoReferencePhoto) {
    const auto submission = face(readPhoto("identities/obama-1.jpg"));
    const auto c = compareWithReference(submission, nullptr, {}, policy);
    EXPECT_EQ(c.state, "no_reference");
    EXPECT_EQ(c.outcome, "");
    EXPECT_FALSE(c.distance);
}

TEST_F(ReferenceStates, TwoFacesInTheSubmissionOrInTheReference) {
    const auto two = readPhoto("portraits/fr-two-people.jpg");
    const auto pair = face(two);
    ASSERT_EQ(pair.faceCount, 2);
    const auto one = readPhoto("identities/obama-1.jpg");
    const auto single = face(one);
    ASSERT_EQ(single.faceCount, 1);

    auto c = compareWithReference(pair, &single, facts(one), policy);
    EXPECT_EQ(c.state, "multiple_faces_submission");
    EXPECT_EQ(c.outcome, "") << "never a silent pass";
    ASSERT_TRUE(c.distance) << "the largest faces are still measured for the reviewer";

    c = compareWithReference(single, &pair, facts(two), policy);
    EXPECT_EQ(c.state, "multiple_faces_reference");
    EXPECT_EQ(c.outcome, "");
}

TEST_F(ReferenceStates, NoFaceInTheSubmissionOrInTheReference) {
    const auto empty = emptyBackdrop();
    const auto none = face(empty);
    ASSERT_EQ(none.faceCount, 0);
    EXPECT_TRUE(none.descriptor.empty());
    const auto one = readPhoto("identities/obama-1.jpg");
    const auto single = face(one);

    auto c = compareWithReference(none, &single, facts(one), policy);
    EXPECT_EQ(c.state, "no_face_submission");
    EXPECT_EQ(c.outcome, "");
    EXPECT_FALSE(c.distance);

    c = compareWithReference(single, &none, facts(empty), policy);
    EXPECT_EQ(c.state, "no_face_reference");
    EXPECT_EQ(c.outcome, "");
}

TEST_F(ReferenceStates, ATinyReferenceIsTooPoorToCompare) {
    const auto submission = face(readPhoto("identities/obama-3.jpg"));
    const auto portrait = headAndShoulders(readPhoto("identities/obama-1.jpg"));
    for (int longSide : {40, 60}) {
        const auto tiny = shrink(portrait, longSide);
        const auto reference = face(tiny);
        std::cout << std::defaultfloat << std::setprecision(3) << tiny.cols << "x" << tiny.rows
                  << ": faces " << reference.faceCount << ", face width " << reference.box.width
                  << " px, note \"" << reference.note << "\"\n";
        const auto c = compareWithReference(submission, &reference, facts(tiny), policy);
        EXPECT_EQ(c.state, "reference_too_poor") << longSide;
        EXPECT_EQ(c.outcome, "");
        EXPECT_FALSE(c.distance) << "a descriptor of so few pixels is not shown";
    }
}

// The figures behind reference_min_face_px: a reference shrunk step by step against a photo of
// the same person and one of another. From the minimum face width up, the outcomes are right.
TEST_F(ReferenceStates, FromTheMinimumFaceWidthUpReferencesCompareCorrectly) {
    struct Case {
        const char *reference, *same, *other;
    };
    for (const auto& k :
         {Case{"identities/obama-1.jpg", "identities/obama-3.jpg", "identities/biden-1.jpg"},
          Case{"identities/lennon-1.jpg", "identities/lennon-2.jpg", "identities/clapton-1.jpg"},
          Case{"identities/biden-2.jpg", "identities/biden-1.jpg", "identities/lennon-2.jpg"}}) {
        const auto same = face(readPhoto(k.same));
        const auto other = face(readPhoto(k.other));
        const auto portrait = headAndShoulders(readPhoto(k.reference));
        for (int longSide : {50, 60, 70, 80, 90, 100, 120, 150, 200}) {
            const auto small = shrink(portrait, longSide);
            const auto reference = face(small);
            if (reference.faceCount != 1) {
                std::cout << std::defaultfloat << std::setprecision(3) << k.reference << " at "
                          << small.cols << "x" << small.rows << ": no face\n";
                continue;
            }
            const double ds = gp::faces::descriptorDistance(same.descriptor, reference.descriptor);
            const double dd = gp::faces::descriptorDistance(other.descriptor, reference.descriptor);
            std::cout << std::defaultfloat << std::setprecision(3) << k.reference << " at "
                      << small.cols << "x" << small.rows << ": face " << reference.box.width
                      << " px, same " << ds << ", other " << dd << "\n";
            if (reference.box.width >= policy.referenceMinFacePx) {
                EXPECT_NE(policy.outcome(ds), gp::faces::ComparisonOutcome::NoMatch)
                    << k.reference << " " << longSide;
                EXPECT_NE(policy.outcome(dd), gp::faces::ComparisonOutcome::Match)
                    << k.reference << " " << longSide;
            }
        }
    }
}

TEST_F(ReferenceStates, AnOldSmallGreyScannedEnrollmentPhotoIsUpsampledAndCompared) {
    const auto submission = face(readPhoto("identities/obama-3.jpg"));
    const auto other = face(readPhoto("identities/biden-1.jpg"));
    // 150×200, grey, low contrast, softened and re-compressed like a scan of a small print.
    cv::Mat scan;
    cv::resize(headAndShoulders(readPhoto("identities/obama-1.jpg")), scan, {150, 200}, 0, 0,
               cv::INTER_AREA);
    scan = grey(scan);
    scan.convertTo(scan, -1, 0.6, 60);
    cv::GaussianBlur(scan, scan, {3, 3}, 0.8);
    const cv::Mat enrollment = imaging::decodeImage(encodeJpeg(scan, 40));

    const auto extracted = extractor->extract(enrollment);
    const auto& reference = extracted.descriptor;
    ASSERT_EQ(reference.faceCount, 1) << reference.note;
    EXPECT_TRUE(extracted.grey);
    EXPECT_GT(extracted.detectionScale, 1.0);
    EXPECT_NE(reference.note.find("upsampled"), std::string::npos) << reference.note;
    EXPECT_NE(reference.note.find("grey"), std::string::npos) << reference.note;
    EXPECT_GE(reference.box.width, policy.referenceMinFacePx);

    const auto same = compareWithReference(submission, &reference, facts(enrollment), policy);
    const auto different = compareWithReference(other, &reference, facts(enrollment), policy);
    std::cout << std::defaultfloat << std::setprecision(3)
              << "scanned enrollment photo: same person " << *same.distance << " (" << same.outcome
              << "), another person " << *different.distance << " (" << different.outcome << ")\n";
    EXPECT_EQ(same.state, "compared");
    EXPECT_NE(same.outcome, "no_match");
    EXPECT_EQ(different.state, "compared");
    EXPECT_EQ(different.outcome, "no_match");
    EXPECT_GT(*same.similarity, *different.similarity);
}

} // namespace
} // namespace gp::test::faces
