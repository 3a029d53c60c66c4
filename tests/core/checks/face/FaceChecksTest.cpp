// The face checks on photos derived from a real studio portrait: a compliant 480×640 photo
// passes every face check; each derived defect flips exactly the checks it is about, with the
// measured value on the wrong side of its limit.
#include "FaceFixtures.h"
#include "tests/support/FixedCheckContext.h"

#include <gtest/gtest.h>

#include <optional>
#include <set>

namespace gp::test::face {
namespace {

using checks::Verdict;

const char* const kPortrait =
    "portraits/hivision-test3.jpg"; // frontal, lips closed, plain light-grey backdrop

class FaceChecksTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::filesystem::exists(photosDir() / kPortrait)) {
            GTEST_SKIP() << "test photos not found: " << (photosDir() / kPortrait).string();
        }
        if (!Shared::get().models) {
            GTEST_SKIP() << Shared::get().missing;
        }
    }

    static const Source& source() {
        static const Source s = analyseSource(photosDir() / kPortrait);
        return s;
    }

    static Outcomes analyse(const cv::Mat& image) {
        auto& shared = Shared::get();
        checks::PhotoAnalysis a(encodeJpeg(image), "fixture.jpg", shared.profile, *shared.models);
        return runFaceChecks(a);
    }

    static const Outcomes& compliant() {
        static const Outcomes o = analyse(place(source(), {}));
        return o;
    }

    /// Exactly the checks in `flipped` fail, with those reasons; every other check has the
    /// verdict it has on the compliant photo.
    static void expectFlips(const Outcomes& variant,
                            const std::map<std::string, std::string>& flipped,
                            const std::set<std::string>& unjudgeable = {}) {
        for (const auto& [id, base] : compliant()) {
            const auto& o = variant.at(id);
            if (unjudgeable.count(id) > 0) {
                EXPECT_EQ(o.verdict, Verdict::NotApplicable) << id << "\n" << describe(variant);
            } else if (const auto it = flipped.find(id); it != flipped.end()) {
                EXPECT_EQ(o.verdict, Verdict::Fail) << id << "\n" << describe(variant);
                EXPECT_EQ(o.reasonCode, it->second) << id;
            } else {
                EXPECT_EQ(o.verdict, base.verdict) << id << " changed\n" << describe(variant);
            }
        }
    }

    static double measure(const Outcomes& o, const std::string& id) {
        return o.at(id).measures.at(0).value;
    }
};

TEST_F(FaceChecksTest, CompliantPhotoPassesEveryFaceCheck) {
    const auto& o = compliant();
    ASSERT_EQ(o.size(), 12U);
    for (const auto& [id, outcome] : o) {
        EXPECT_EQ(outcome.verdict, Verdict::Pass) << id << "\n" << describe(o);
    }
    // Framing measures land where the fixture put them (mid-band).
    EXPECT_NEAR(measure(o, "framing.head_top"), placedHeadTop(source(), {}), 8);
    EXPECT_NEAR(measure(o, "framing.eye_line"), placedEyeY(source(), {}), 6);
    EXPECT_NEAR(measure(o, "framing.centred"), 0, 6);
    EXPECT_NEAR(measure(o, "pose.roll"), 0, 1.5);
    const auto& head = o.at("framing.head_top");
    ASSERT_EQ(head.overlay.size(), 2U);
    EXPECT_EQ(head.overlay[0].kind, checks::OverlayShape::Kind::Band);
    EXPECT_EQ(head.overlay[0].coords, (std::vector<int>{0, 50, 480, 60}));
    EXPECT_EQ(head.limit, "50–110 px");
}

TEST_F(FaceChecksTest, HeadShiftedUpIsTooHigh) {
    const auto o = analyse(place(source(), {.dy = -35}));
    expectFlips(o, {{"framing.head_top", "head_too_high"}});
    EXPECT_LT(measure(o, "framing.head_top"), 50);
}

TEST_F(FaceChecksTest, HeadShiftedDownIsTooLowByHeadTopAndEyeLine) {
    // With this head's proportions both bands end together: both checks are about it.
    const auto o = analyse(place(source(), {.dy = 60}));
    expectFlips(o, {{"framing.head_top", "head_too_low"}, {"framing.eye_line", "head_too_low"}});
    EXPECT_GT(measure(o, "framing.head_top"), 110);
    EXPECT_GT(measure(o, "framing.eye_line"), 300);
}

TEST_F(FaceChecksTest, HeadShiftedLeftOrRightIsOffCentre) {
    const auto left = analyse(place(source(), {.dx = -40}));
    expectFlips(left, {{"framing.centred", "head_off_centre"}});
    EXPECT_LT(measure(left, "framing.centred"), -24);
    const auto right = analyse(place(source(), {.dx = 40}));
    expectFlips(right, {{"framing.centred", "head_off_centre"}});
    EXPECT_GT(measure(right, "framing.centred"), 24);
}

TEST_F(FaceChecksTest, SmallerHeadIsTooSmall) {
    const auto o = analyse(place(source(), {.scale = 0.75}));
    expectFlips(o, {{"framing.face_width", "head_too_small"}});
    EXPECT_LT(measure(o, "framing.face_width"), 180);
}

TEST_F(FaceChecksTest, LargerHeadIsTooLarge) {
    // A face 300+ px wide cannot keep this head's crown and eyes both in their bands.
    const auto o = analyse(place(source(), {.scale = 1.6}));
    EXPECT_EQ(o.at("framing.face_width").verdict, Verdict::Fail) << describe(o);
    EXPECT_EQ(o.at("framing.face_width").reasonCode, "head_too_large");
    EXPECT_GT(measure(o, "framing.face_width"), 300);
    for (const auto* id : {"faces.count", "framing.centred", "pose.roll", "pose.yaw",
                           "expression.eyes_open", "expression.mouth_closed"}) {
        EXPECT_EQ(o.at(id).verdict, compliant().at(id).verdict) << id << "\n" << describe(o);
    }
}

TEST_F(FaceChecksTest, HeadRotatedTenDegreesIsTilted) {
    // Only the head turns: the head's box down to the chin comes from the rotated photo; the
    // neck, the hair beside the face and the shoulders stay level.
    const auto& s = source();
    const cv::Mat level = place(s, {});
    const cv::Mat turned = place(s, {.rotate = 10});
    const double scale = baseScale(s);
    const double eyeY = placedEyeY(s, {});
    const int seam = static_cast<int>(eyeY + scale * (s.landmarks[8].y - s.eyes.y)) + 4;
    const int half = static_cast<int>(0.9 * s.width * scale);
    const cv::Rect head(kWidth / 2 - half, 0, 2 * half, seam);
    cv::Mat photo = level.clone();
    turned(head).copyTo(photo(head));
    const auto o = analyse(photo);
    expectFlips(o, {{"pose.roll", "head_tilted"}});
    EXPECT_GT(std::abs(measure(o, "pose.roll")), 6);
}

TEST_F(FaceChecksTest, SecondFaceMeansMultiplePeople) {
    cv::Mat photo = place(source(), {});
    // A half-size copy of the head pasted into the top-left corner.
    const cv::Mat small = place(source(), {.scale = 0.5});
    const cv::Rect from(240 - 70, 150, 140, 160);
    small(from).copyTo(photo(cv::Rect(0, 0, from.width, from.height)));
    const auto o = analyse(photo);
    expectFlips(o, {{"faces.count", "multiple_people"}});
    EXPECT_EQ(measure(o, "faces.count"), 2);
}

TEST_F(FaceChecksTest, FaceCutByTheLeftEdge) {
    // The jaw's left end lands 15 px past the edge: the face is cut (and so off centre); the
    // left shoulder is out of the photo, so the shoulder line cannot be judged.
    const auto& s = source();
    const double width = s.width * baseScale(s);
    const auto o = analyse(place(s, {.dx = width / 2 - 15 - 240}));
    expectFlips(o, {{"faces.inside", "face_cut"}, {"framing.centred", "head_off_centre"}},
                {"pose.shoulders"});
    EXPECT_LT(measure(o, "faces.inside"), 2);
}

TEST_F(FaceChecksTest, ClosedEyesAndOpenMouthFromMovedLandmarks) {
    // The compliant photo's own inputs, with the lids or the lips moved.
    auto& shared = Shared::get();
    checks::PhotoAnalysis a(encodeJpeg(place(source(), {})), "fixture.jpg", shared.profile,
                            *shared.models);
    FixedCheckContext fixed(shared.profile);
    fixed.image_ = a.image();
    fixed.faces_ = a.faces();
    fixed.headTop_ = a.headTop();
    fixed.mask_ = a.personMask();
    auto lm = a.landmarks().value();

    auto closed = lm;
    for (const std::size_t first : {std::size_t{36}, std::size_t{42}}) {
        const float y = (lm[first].y + lm[first + 3].y) / 2;
        for (std::size_t i = 0; i < 6; ++i) {
            closed[first + i].y = y;
        }
    }
    fixed.landmarks_ = closed;
    const auto eyes = runFaceChecks(fixed);
    expectFlips(eyes, {{"expression.eyes_open", "eyes_closed"}});
    EXPECT_LT(eyes.at("expression.eyes_open").measures.at(0).value, 0.12);

    auto open = lm;
    const float drop =
        0.35F * static_cast<float>(std::hypot(lm[54].x - lm[48].x, lm[54].y - lm[48].y));
    for (const std::size_t i : {65U, 66U, 67U}) {
        open[i].y = lm[i].y + drop;
    }
    fixed.landmarks_ = open;
    const auto mouth = runFaceChecks(fixed);
    expectFlips(mouth, {{"expression.mouth_closed", "mouth_open"}});
    EXPECT_GT(measure(mouth, "expression.mouth_closed"), 0.15);
}

TEST_F(FaceChecksTest, TwoPeoplePhotoFailsFaceCount) {
    const auto file = photosDir() / "portraits/fr-two-people.jpg";
    auto& shared = Shared::get();
    checks::PhotoAnalysis a(readFile(file), file.filename().string(), shared.profile,
                            *shared.models);
    const auto o = runFaceChecks(a);
    EXPECT_EQ(o.at("faces.count").verdict, Verdict::Fail) << describe(o);
    EXPECT_EQ(o.at("faces.count").reasonCode, "multiple_people");
    EXPECT_EQ(measure(o, "faces.count"), 2);
}

TEST_F(FaceChecksTest, DrawnPhotoWithoutFaceIsNoFaceAndTheRestNotApplicable) {
    cv::Mat photo(kHeight, kWidth, CV_8UC3, kLightBlue);
    cv::rectangle(photo, cv::Rect(140, 300, 200, 340), cv::Scalar(40, 40, 40), cv::FILLED);
    cv::circle(photo, {240, 200}, 90, cv::Scalar(60, 90, 140), cv::FILLED);
    const auto o = analyse(photo);
    EXPECT_EQ(o.at("faces.count").verdict, Verdict::Fail);
    EXPECT_EQ(o.at("faces.count").reasonCode, "no_face");
    for (const auto& [id, outcome] : o) {
        if (id != "faces.count") {
            EXPECT_EQ(outcome.verdict, Verdict::NotApplicable) << id;
            EXPECT_FALSE(outcome.detail.empty()) << id;
        }
    }
}

TEST_F(FaceChecksTest, UndecodableBytesAreNotApplicableNotACrash) {
    auto& shared = Shared::get();
    checks::PhotoAnalysis a("not a photo", "broken.jpg", shared.profile, *shared.models);
    const auto o = runFaceChecks(a);
    EXPECT_FALSE(a.decodeError().empty());
    for (const auto& [id, outcome] : o) {
        EXPECT_EQ(outcome.verdict, Verdict::NotApplicable) << id;
    }
}

TEST_F(FaceChecksTest, IdCardProfileHasNoEyeLineBand) {
    const auto profile = checks::PhotoProfile::load(std::filesystem::path(GRADPHOTO_TEMPLATES_DIR) /
                                                    "profiles" / "id-card-358x441.json");
    checks::PhotoAnalysis a(encodeJpeg(place(source(), {})), "fixture.jpg", profile,
                            *Shared::get().models);
    const auto o = runFaceChecks(a);
    EXPECT_EQ(o.at("framing.eye_line").verdict, Verdict::NotApplicable);
    for (const auto& [id, outcome] : o) {
        EXPECT_NE(outcome.verdict, Verdict::Error) << id << ": " << outcome.detail;
    }
}

} // namespace
} // namespace gp::test::face
