#include "core/checks/PhotoProfile.h"

#include "core/checks/CheckOutcome.h"
#include "core/checks/PhotoVerdict.h"
#include "core/common/MessageCatalog.h"
#include "core/common/UserError.h"
#include "gradphoto/BuildInfo.h"
#include "tests/support/FixedCheckContext.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace gp::checks {
namespace {

using ::testing::HasSubstr;

const auto kProfiles = std::filesystem::path(build::kSourceDir) / "templates" / "profiles";

TEST(PhotoProfile, TheStandardsNumbersComeFromTheFile) {
    const auto p = PhotoProfile::load(kProfiles / "chsi-2017.json");
    EXPECT_EQ(p.id(), "chsi-2017");
    EXPECT_EQ(p.number("file.width_px"), 480);
    EXPECT_EQ(p.number("file.height_px"), 640);
    EXPECT_EQ(p.number("file.dpi"), 300);
    EXPECT_EQ(p.band("framing.head_top_px").min, 50);
    EXPECT_EQ(p.band("framing.head_top_px").max, 110);
    EXPECT_TRUE(p.band("framing.eye_line_px").contains(250));
    EXPECT_FALSE(p.band("framing.face_width_px").contains(310));
    EXPECT_EQ(p.text("file.extension"), ".jpg");
    ASSERT_EQ(p.backgroundColours().size(), 3u);
    EXPECT_EQ(p.backgroundColours()[0].id, "light_blue");
    EXPECT_EQ(p.backgroundColours()[0].b, 255);
    EXPECT_EQ(p.backgroundColours()[2].nameZh, "浅灰色");

    const auto card = PhotoProfile::load(kProfiles / "id-card-358x441.json");
    EXPECT_EQ(card.number("file.width_px"), 358);
    EXPECT_EQ(card.band("framing.head_top_px").max, 21);
}

TEST(PhotoProfile, AMissingThresholdNamesTheFileAndTheKey) {
    const auto p = PhotoProfile::load(kProfiles / "chsi-2017.json");
    try {
        p.number("lighting.no_such_threshold");
        FAIL();
    } catch (const UserError& e) {
        EXPECT_THAT(e.what(), HasSubstr("chsi-2017.json"));
        EXPECT_THAT(e.what(), HasSubstr("lighting.no_such_threshold"));
    }
    test::TempDir tmp;
    std::ofstream(tmp / "broken.json") << "{\"id\": ";
    EXPECT_THROW(PhotoProfile::load(tmp / "broken.json"), UserError);
    EXPECT_THROW(PhotoProfile::load(tmp / "missing.json"), UserError);
}

/// A check that answers what it is told.
class Fixed final : public Check {
public:
    Fixed(std::string id, Verdict v, std::string reason, bool throws = false)
        : id_(std::move(id)), verdict_(v), reason_(std::move(reason)), throws_(throws) {}
    std::string id() const override { return id_; }
    CheckOutcome run(CheckContext&) const override {
        if (throws_) {
            throw std::runtime_error("boom");
        }
        CheckOutcome o;
        o.checkId = id_;
        o.verdict = verdict_;
        o.reasonCode = reason_;
        return o;
    }

private:
    std::string id_;
    Verdict verdict_;
    std::string reason_;
    bool throws_;
};

PhotoVerdict verdictOf(std::vector<std::tuple<Verdict, std::string, bool>> spec) {
    static const auto profile = PhotoProfile::load(kProfiles / "chsi-2017.json");
    CheckList list;
    int i = 0;
    for (const auto& [v, reason, throws] : spec) {
        list.push_back(std::make_unique<Fixed>("c" + std::to_string(i++), v, reason, throws));
    }
    test::FixedCheckContext context(profile);
    return runChecks(list, context);
}

TEST(PhotoVerdict, FailBeatsReviewBeatsPass) {
    EXPECT_EQ(verdictOf({{Verdict::Pass, "", false}, {Verdict::NotApplicable, "", false}}).verdict,
              PhotoVerdictKind::Pass);
    EXPECT_EQ(
        verdictOf({{Verdict::Pass, "", false}, {Verdict::Warn, "glasses_glare", false}}).verdict,
        PhotoVerdictKind::Review);
    const auto v = verdictOf({{Verdict::Warn, "glasses_glare", false},
                              {Verdict::Fail, "head_too_high", false},
                              {Verdict::Fail, "head_too_high", false},
                              {Verdict::Fail, "blurred", false}});
    EXPECT_EQ(v.verdict, PhotoVerdictKind::Fail);
    EXPECT_EQ(v.reasonCodes,
              (std::vector<std::string>{"head_too_high", "blurred", "glasses_glare"}));
    EXPECT_EQ(toCode(v.verdict), "fail");
}

TEST(PhotoVerdict, ACheckThatThrowsIsAnErrorAndSendsThePhotoToReview) {
    const auto v = verdictOf({{Verdict::Pass, "", false}, {Verdict::Pass, "", true}});
    EXPECT_EQ(v.verdict, PhotoVerdictKind::Review);
    ASSERT_EQ(v.outcomes.size(), 2u);
    EXPECT_EQ(v.outcomes[1].verdict, Verdict::Error);
    EXPECT_THAT(v.outcomes[1].detail, HasSubstr("boom"));
    EXPECT_EQ(toCode(Verdict::NotApplicable), "not_applicable");
}

} // namespace
} // namespace gp::checks

namespace gp::checks {
namespace {

TEST(ReasonCatalogue, EveryReasonHasChineseAndEnglishLabelAndAdvice) {
    const auto reasons = MessageCatalog::load(std::filesystem::path(build::kSourceDir) /
                                              "templates" / "reasons.json");
    for (const auto* code : {"head_too_high", "blurred", "clothing_like_background",
                             "uneven_lighting", "multiple_people", "no_face"}) {
        EXPECT_TRUE(reasons.has(code)) << code;
        EXPECT_FALSE(reasons.text(code, "zh_CN").problem.empty()) << code;
        EXPECT_FALSE(reasons.text(code, "zh_CN").action.empty()) << code;
        EXPECT_FALSE(reasons.text(code, "en").problem.empty()) << code;
    }
    EXPECT_EQ(reasons.text("clothing_like_background", "zh_CN").problem,
              "衣服与背景颜色相近（禁穿蓝色）");
}

} // namespace
} // namespace gp::checks
