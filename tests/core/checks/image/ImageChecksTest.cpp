// The image checks on a compliant synthetic portrait (all pass), then on one defect at a time:
// exactly the check concerned flips, with its measure on the wrong side of its limit.
#include "core/checks/measures/ImageChecks.h"

#include "SyntheticPortrait.h"
#include "core/checks/PhotoProfile.h"
#include "core/checks/measures/ImageRegions.h"

#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <set>

namespace gp::test {
namespace {

using checks::CheckOutcome;
using checks::Verdict;

class ImageChecksTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        profile_ = new checks::PhotoProfile(checks::PhotoProfile::load(
            std::filesystem::path(GRADPHOTO_TEMPLATES_DIR) / "profiles" / "chsi-2017.json"));
    }
    static void TearDownTestSuite() {
        delete profile_;
        profile_ = nullptr;
    }

    std::map<std::string, CheckOutcome> run(const Portrait& p, const std::string& bytes,
                                            const std::string& fileName = "2021001.jpg") {
        FixedCheckContext context(*profile_);
        fill(context, p, bytes);
        context.fileName_ = fileName;
        std::map<std::string, CheckOutcome> out;
        for (const auto& check : checks::imageChecks()) {
            auto outcome = check->run(context);
            EXPECT_EQ(outcome.checkId, check->id());
            out[check->id()] = outcome;
        }
        return out;
    }
    /// Quality 85, 300 dpi; a defect that makes the JPEG smaller (a blur, a plain area) is
    /// padded with a comment segment to 25 KB, so that file.size stays out of the way.
    std::map<std::string, CheckOutcome> run(const Portrait& p) {
        auto bytes = encodeJpeg(p.image, 85, 300);
        if (bytes.size() < 25 * 1024) {
            bytes = padWithComment(bytes, 25 * 1024 - bytes.size());
        }
        return run(p, bytes);
    }

    static double measure(const CheckOutcome& o, const std::string& name) {
        for (const auto& m : o.measures) {
            if (m.name == name) {
                return m.value;
            }
        }
        ADD_FAILURE() << o.checkId << " has no measure " << name;
        return 0;
    }

    /// `id` has `verdict` with `reason`; every other check passes (or is not applicable when
    /// listed in `notApplicable`).
    static void expectOnly(const std::map<std::string, CheckOutcome>& outcomes,
                           const std::string& id, Verdict verdict, const std::string& reason,
                           const std::set<std::string>& notApplicable = {}) {
        ASSERT_TRUE(outcomes.count(id)) << id;
        for (const auto& [checkId, o] : outcomes) {
            if (checkId == id) {
                std::cout << "  " << id << ": " << o.detail << " (limit " << o.limit << ")\n";
                EXPECT_EQ(checks::toCode(o.verdict), checks::toCode(verdict)) << o.detail;
                EXPECT_EQ(o.reasonCode, reason);
                EXPECT_FALSE(o.limit.empty());
            } else if (notApplicable.count(checkId)) {
                EXPECT_EQ(o.verdict, Verdict::NotApplicable) << checkId << ": " << o.detail;
            } else {
                EXPECT_EQ(checks::toCode(o.verdict), "pass")
                    << checkId << " flipped too: " << o.detail << " (limit " << o.limit << ")";
            }
        }
    }

    double number(const std::string& key) const { return profile_->number(key); }

    static checks::PhotoProfile* profile_;
};

checks::PhotoProfile* ImageChecksTest::profile_ = nullptr;

TEST_F(ImageChecksTest, CompliantPortraitPassesEveryCheck) {
    const auto p = drawPortrait();
    const auto bytes = encodeJpeg(p.image, 85, 300);
    const double kb = double(bytes.size()) / 1024.0;
    EXPECT_GE(kb, 25.0);
    EXPECT_LE(kb, 40.0);
    const auto outcomes = run(p, bytes);
    EXPECT_EQ(outcomes.size(), 24u);
    for (const auto& [id, o] : outcomes) {
        EXPECT_EQ(checks::toCode(o.verdict), "pass") << id << ": " << o.detail;
        EXPECT_TRUE(o.reasonCode.empty()) << id;
        EXPECT_FALSE(o.limit.empty()) << id;
        EXPECT_FALSE(o.measures.empty()) << id;
        std::cout << id << ":";
        for (const auto& m : o.measures) {
            std::cout << " " << m.name << "=" << m.value << m.unit;
        }
        std::cout << "\n";
    }
}

TEST_F(ImageChecksTest, CompliantPortraitOnLightGreyPasses) {
    for (const auto& [id, o] : run(drawPortrait(kLightGrey))) {
        EXPECT_EQ(checks::toCode(o.verdict), "pass") << id << ": " << o.detail;
    }
}

TEST_F(ImageChecksTest, TheIdCardProfileHasEveryThreshold) {
    const auto idCard = checks::PhotoProfile::load(std::filesystem::path(GRADPHOTO_TEMPLATES_DIR) /
                                                   "profiles" / "id-card-358x441.json");
    const auto p = drawPortrait(cv::Scalar(255, 255, 255));
    FixedCheckContext context(idCard);
    fill(context, p, encodeJpeg(p.image, 85, 350));
    for (const auto& check : checks::imageChecks()) {
        EXPECT_NO_THROW(check->run(context)) << check->id();
    }
    // The drawing is 480×640, not 358×441; everything else about it is fine for this profile.
    EXPECT_EQ(checks::makeFilePixelSizeCheck()->run(context).verdict, Verdict::Fail);
    EXPECT_EQ(checks::makeFileDpiCheck()->run(context).verdict, Verdict::Pass);
    EXPECT_EQ(checks::makeBackgroundColourCheck()->run(context).verdict, Verdict::Pass);
}

TEST_F(ImageChecksTest, ChecksAreInAStableOrder) {
    std::vector<std::string> first, second;
    for (const auto& c : checks::imageChecks()) {
        first.push_back(c->id());
    }
    for (const auto& c : checks::imageChecks()) {
        second.push_back(c->id());
    }
    EXPECT_EQ(first, second);
    EXPECT_EQ(first.front(), "file.format");
    EXPECT_EQ(first.back(), "human_eye.red_eye");
}

TEST_F(ImageChecksTest, GreyPictureSavedAsRgbIsNotColour) {
    auto p = drawPortrait(kLightGrey);
    cv::Mat grey;
    cv::cvtColor(p.image, grey, cv::COLOR_BGR2GRAY);
    cv::cvtColor(grey, p.image, cv::COLOR_GRAY2BGR);
    const auto outcomes = run(p);
    expectOnly(outcomes, "file.colour", Verdict::Fail, "not_colour");
    EXPECT_EQ(measure(outcomes.at("file.colour"), "components"), 3);
    EXPECT_LT(measure(outcomes.at("file.colour"), "chroma_p95"), number("file.min_chroma_p95"));
}

TEST_F(ImageChecksTest, PngBytesAreTheWrongFormat) {
    const auto p = drawPortrait();
    std::vector<uchar> png;
    cv::imencode(".png", p.image, png);
    const auto outcomes = run(p, std::string(png.begin(), png.end()));
    expectOnly(outcomes, "file.format", Verdict::Fail, "wrong_size_format",
               {"file.dpi", "file.size", "file.jpeg_quality"});
    EXPECT_EQ(measure(outcomes.at("file.format"), "is_jpeg"), 0);
}

TEST_F(ImageChecksTest, WrongPixelSizeFails) {
    auto p = drawPortrait();
    cv::copyMakeBorder(p.image, p.image, 0, 60, 0, 20, cv::BORDER_CONSTANT, kLightBlue);
    cv::copyMakeBorder(p.mask, p.mask, 0, 60, 0, 20, cv::BORDER_CONSTANT, cv::Scalar(0));
    const auto outcomes = run(p);
    expectOnly(outcomes, "file.pixel_size", Verdict::Fail, "wrong_size_format");
    EXPECT_EQ(measure(outcomes.at("file.pixel_size"), "width"), 500);
    EXPECT_EQ(measure(outcomes.at("file.pixel_size"), "height"), 700);
}

TEST_F(ImageChecksTest, LowJpegQualityFails) {
    const auto p = drawPortrait();
    auto bytes = encodeJpeg(p.image, 30, 300);
    if (bytes.size() < 25 * 1024) {
        bytes = padWithComment(bytes, 25 * 1024 - bytes.size()); // keep file.size in its band
    }
    const auto outcomes = run(p, bytes);
    expectOnly(outcomes, "file.jpeg_quality", Verdict::Fail, "low_jpeg_quality");
    EXPECT_EQ(measure(outcomes.at("file.jpeg_quality"), "jpeg_quality"), 30);
    EXPECT_LT(30, number("file.min_jpeg_quality"));
}

TEST_F(ImageChecksTest, MissingDpiWarns) {
    const auto p = drawPortrait();
    const auto outcomes = run(p, encodeJpeg(p.image, 85, 0));
    expectOnly(outcomes, "file.dpi", Verdict::Warn, "dpi");
}

TEST_F(ImageChecksTest, DifferentDpiWarns) {
    const auto p = drawPortrait();
    const auto outcomes = run(p, encodeJpeg(p.image, 85, 72));
    expectOnly(outcomes, "file.dpi", Verdict::Warn, "dpi");
    EXPECT_EQ(measure(outcomes.at("file.dpi"), "dpi_x"), 72);
}

TEST_F(ImageChecksTest, FileSizeOutsideTheBandWarns) {
    const auto p = drawPortrait();
    const auto outcomes = run(p, padWithComment(encodeJpeg(p.image, 85, 300), 30 * 1024));
    expectOnly(outcomes, "file.size", Verdict::Warn, "file_size");
    EXPECT_GT(measure(outcomes.at("file.size"), "size"), profile_->band("file.size_kb").max);
}

TEST_F(ImageChecksTest, ExtensionIsCaseInsensitiveJpegWarnsOthersFail) {
    const auto p = drawPortrait();
    const auto bytes = encodeJpeg(p.image, 85, 300);
    EXPECT_EQ(run(p, bytes, "2021001.JPG").at("file.extension").verdict, Verdict::Pass);
    expectOnly(run(p, bytes, "2021001.jpeg"), "file.extension", Verdict::Warn, "wrong_size_format");
    expectOnly(run(p, bytes, "2021001.png"), "file.extension", Verdict::Fail, "wrong_size_format");
    expectOnly(run(p, bytes, "2021001"), "file.extension", Verdict::Fail, "wrong_size_format");
}

TEST_F(ImageChecksTest, TintedBackgroundMatchesNoColour) {
    const auto p = drawPortrait(cv::Scalar(200, 200, 255)); // pink
    const auto outcomes = run(p);
    expectOnly(outcomes, "background.colour", Verdict::Fail, "background_invalid");
    const auto& o = outcomes.at("background.colour");
    EXPECT_GT(o.measures.front().value, number("background.max_colour_delta_e"));
}

TEST_F(ImageChecksTest, GradientBackgroundIsNotUniform) {
    auto p = drawPortrait();
    for (int y = 0; y < p.image.rows; ++y) {
        const double gain = 1.15 - 0.3 * y / (p.image.rows - 1); // lighter at the top
        cv::Mat row = p.image.row(y);
        cv::Mat scaled;
        row.convertTo(scaled, -1, gain);
        scaled.copyTo(row, ~p.mask.row(y));
    }
    const auto outcomes = run(p);
    expectOnly(outcomes, "background.uniform", Verdict::Fail, "background_invalid");
    EXPECT_GT(measure(outcomes.at("background.uniform"), "gradient"),
              number("background.max_gradient_delta_e"));
}

TEST_F(ImageChecksTest, ShadowBesideTheHeadIsFound) {
    auto p = drawPortrait();
    cv::Mat near, shadow = cv::Mat::zeros(p.mask.size(), CV_32F);
    cv::dilate(p.mask, near, cv::getStructuringElement(cv::MORPH_ELLIPSE, {41, 41}));
    near.setTo(0, p.mask);
    near(cv::Rect(0, 0, 260, p.mask.rows)).setTo(0); // right of the person only
    near.convertTo(shadow, CV_32F, 0.45 / 255.0);
    cv::GaussianBlur(shadow, shadow, {0, 0}, 3);
    for (int y = 0; y < p.image.rows; ++y) {
        for (int x = 0; x < p.image.cols; ++x) {
            if (p.mask.at<uchar>(y, x) == 0) {
                auto& px = p.image.at<cv::Vec3b>(y, x);
                px = px * (1.0f - shadow.at<float>(y, x));
            }
        }
    }
    const auto outcomes = run(p);
    expectOnly(outcomes, "background.shadow", Verdict::Fail, "background_shadow_objects");
    EXPECT_GT(measure(outcomes.at("background.shadow"), "shadow_drop"),
              number("background.max_shadow_drop_l"));
}

TEST_F(ImageChecksTest, ObjectInTheBackgroundIsFound) {
    auto p = drawPortrait();
    cv::rectangle(p.image, cv::Rect(30, 250, 40, 70), cv::Scalar(60, 80, 100), cv::FILLED);
    const auto outcomes = run(p);
    expectOnly(outcomes, "background.objects", Verdict::Fail, "background_shadow_objects");
    EXPECT_GT(measure(outcomes.at("background.objects"), "largest_object"),
              number("background.max_object_area_pct"));
}

TEST_F(ImageChecksTest, HalfDarkFaceIsUnevenLighting) {
    auto p = drawPortrait();
    cv::Mat leftHalf = p.faceMask.clone();
    leftHalf(cv::Rect(240, 0, 240, 640)).setTo(0);
    cv::Mat darker;
    p.image.convertTo(darker, -1, 0.6);
    darker.copyTo(p.image, leftHalf);
    const auto outcomes = run(p);
    expectOnly(outcomes, "lighting.asymmetry", Verdict::Fail, "uneven_lighting");
    EXPECT_GT(measure(outcomes.at("lighting.asymmetry"), "asymmetry"),
              number("lighting.max_asymmetry"));
}

TEST_F(ImageChecksTest, SomewhatDarkerHalfWarns) {
    // Side light a studio may accept: between the warning and the failing limit, a reviewer looks.
    auto p = drawPortrait();
    cv::Mat leftHalf = p.faceMask.clone();
    leftHalf(cv::Rect(240, 0, 240, 640)).setTo(0);
    cv::Mat darker;
    p.image.convertTo(darker, -1, 0.78);
    darker.copyTo(p.image, leftHalf);
    const auto outcomes = run(p);
    expectOnly(outcomes, "lighting.asymmetry", Verdict::Warn, "uneven_lighting");
    const double asymmetry = measure(outcomes.at("lighting.asymmetry"), "asymmetry");
    EXPECT_GT(asymmetry, number("lighting.warn_asymmetry"));
    EXPECT_LE(asymmetry, number("lighting.max_asymmetry"));
}

TEST_F(ImageChecksTest, OverexposedFaceFails) {
    auto p = drawPortrait();
    cv::Mat brighter;
    p.image.convertTo(brighter, -1, 1.35);
    brighter.copyTo(p.image, p.faceMask);
    const auto outcomes = run(p);
    expectOnly(outcomes, "lighting.exposure", Verdict::Fail, "overexposed");
    EXPECT_GT(measure(outcomes.at("lighting.exposure"), "face_luminance"),
              profile_->band("lighting.face_luminance_l").max);
}

TEST_F(ImageChecksTest, UnderexposedFaceFails) {
    auto p = drawPortrait();
    cv::Mat darker;
    p.image.convertTo(darker, -1, 0.35);
    darker.copyTo(p.image, p.faceMask);
    const auto outcomes = run(p);
    EXPECT_EQ(outcomes.at("lighting.exposure").reasonCode, "underexposed");
    EXPECT_LT(measure(outcomes.at("lighting.exposure"), "face_luminance"),
              profile_->band("lighting.face_luminance_l").min);
}

TEST_F(ImageChecksTest, BlurredFaceFails) {
    auto p = drawPortrait();
    cv::Mat blurred;
    cv::GaussianBlur(p.image, blurred, {0, 0}, 3);
    const cv::Rect head(110, 70, 260, 370);
    blurred(head).copyTo(p.image(head));
    const auto outcomes = run(p);
    expectOnly(outcomes, "sharpness.focus", Verdict::Fail, "blurred");
    EXPECT_LT(measure(outcomes.at("sharpness.focus"), "laplacian_variance"),
              number("sharpness.min_laplacian_variance"));
}

TEST_F(ImageChecksTest, SmallSharpFaceStillPasses) {
    // The same drawing at 60 %: a smaller face, equally sharp, passes after normalising.
    const auto p = drawPortrait();
    const auto focus = checks::makeSharpnessFocusCheck();
    FixedCheckContext full(*profile_);
    fill(full, p, encodeJpeg(p.image, 85, 300));
    FixedCheckContext small(*profile_);
    cv::resize(full.image_, small.image_, {}, 0.6, 0.6, cv::INTER_AREA);
    small.faces_ = {cv::Rect(90, 129, 108, 117)};
    const auto a = focus->run(full), b = focus->run(small);
    EXPECT_EQ(a.verdict, Verdict::Pass);
    EXPECT_EQ(b.verdict, Verdict::Pass) << b.detail;
    EXPECT_GT(measure(b, "laplacian_variance"), number("sharpness.min_laplacian_variance"));
}

TEST_F(ImageChecksTest, BlueClothesOnBlueBackgroundFail) {
    const auto p = drawPortrait(kLightBlue, cv::Scalar(245, 185, 95));
    const auto outcomes = run(p);
    expectOnly(outcomes, "clothing.contrast", Verdict::Fail, "clothing_like_background");
    EXPECT_LT(measure(outcomes.at("clothing.contrast"), "clothing_background_delta_e"),
              number("clothing.min_delta_e"));
}

TEST_F(ImageChecksTest, AddedBorderIsFound) {
    auto p = drawPortrait();
    cv::rectangle(p.image, cv::Rect(0, 0, 480, 640), cv::Scalar(80, 80, 80), 20); // 10 px inside
    const auto outcomes = run(p);
    expectOnly(outcomes, "added_content.border", Verdict::Fail, "border_or_text");
    EXPECT_GE(measure(outcomes.at("added_content.border"), "framed_sides"),
              number("added_content.min_border_sides"));
}

TEST_F(ImageChecksTest, TextInACornerIsFound) {
    auto p = drawPortrait();
    cv::putText(p.image, "SAMPLE 2024", {20, 45}, cv::FONT_HERSHEY_SIMPLEX, 0.7,
                cv::Scalar(40, 40, 40), 2);
    const auto outcomes = run(p);
    expectOnly(outcomes, "added_content.text", Verdict::Fail, "border_or_text");
    EXPECT_GT(measure(outcomes.at("added_content.text"), "text_blobs"),
              number("added_content.max_text_blobs"));
}

TEST_F(ImageChecksTest, GlareOnAnEyeWarns) {
    auto p = drawPortrait();
    cv::circle(p.image, {200, 263}, 7, cv::Scalar(255, 255, 255), cv::FILLED);
    const auto outcomes = run(p);
    expectOnly(outcomes, "human_eye.glasses_glare", Verdict::Warn, "glasses_glare");
    EXPECT_GT(measure(outcomes.at("human_eye.glasses_glare"), "glare"),
              number("human_eye.max_glare_pct"));
}

TEST_F(ImageChecksTest, RedPupilsWarn) {
    auto p = drawPortrait();
    for (const int cx : {200, 280}) {
        cv::circle(p.image, {cx, 265}, 7, cv::Scalar(30, 30, 190), cv::FILLED);
    }
    const auto outcomes = run(p);
    expectOnly(outcomes, "human_eye.red_eye", Verdict::Warn, "red_eye");
    EXPECT_GT(measure(outcomes.at("human_eye.red_eye"), "red_pupil"),
              number("human_eye.max_red_pupil_pct"));
}

TEST_F(ImageChecksTest, DarkLensesWarn) {
    auto p = drawPortrait();
    for (const int cx : {200, 280}) {
        cv::ellipse(p.image, {cx, 265}, {30, 17}, 0, 0, 360, cv::Scalar(30, 25, 25), cv::FILLED);
    }
    const auto outcomes = run(p);
    expectOnly(outcomes, "human_eye.tinted_lenses", Verdict::Warn, "tinted_glasses");
}

TEST_F(ImageChecksTest, SmoothSkinOnASharpFaceWarnsRetouched) {
    auto p = drawPortrait();
    cv::Mat smooth;
    cv::medianBlur(p.image, smooth, 5);
    cv::Mat cheeks = cv::Mat::zeros(p.mask.size(), CV_8UC1);
    cv::rectangle(cheeks, cv::Rect(170, 285, 140, 45), cv::Scalar(255), cv::FILLED);
    cv::rectangle(cheeks, cv::Rect(232, 270, 16, 60), cv::Scalar(0), cv::FILLED); // keep nose
    smooth.copyTo(p.image, cheeks);
    const auto outcomes = run(p);
    expectOnly(outcomes, "human_eye.retouching", Verdict::Warn, "retouched");
}

TEST_F(ImageChecksTest, HatAboveTheHeadTopWarns) {
    auto p = drawPortrait();
    cv::rectangle(p.image, cv::Rect(170, 20, 140, 70), cv::Scalar(30, 30, 160), cv::FILLED);
    cv::rectangle(p.mask, cv::Rect(170, 20, 140, 70), cv::Scalar(255), cv::FILLED);
    const auto outcomes = run(p);
    EXPECT_EQ(outcomes.at("human_eye.head_covering").verdict, Verdict::Warn);
    EXPECT_EQ(outcomes.at("human_eye.head_covering").reasonCode, "head_covering");
}

TEST_F(ImageChecksTest, GreenCastWarns) {
    auto p = drawPortrait();
    cv::Mat cast;
    cv::add(p.image, cv::Scalar(0, 60, 0), cast);
    cast.copyTo(p.image, p.faceMask);
    const auto outcomes = run(p);
    expectOnly(outcomes, "lighting.colour_cast", Verdict::Warn, "colour_cast");
    EXPECT_GT(measure(outcomes.at("lighting.colour_cast"), "face_hue"),
              profile_->band("lighting.face_hue_deg").max);
}

TEST_F(ImageChecksTest, SharedLabAndDistanceAreComputedOnceAndFollowTheirInputs) {
    FixedCheckContext context(*profile_);
    context.image_ = cv::Mat(40, 30, CV_8UC3, cv::Scalar(255, 255, 255));
    context.mask_ = cv::Mat::zeros(40, 30, CV_8UC1);
    context.mask_.at<uchar>(0, 0) = 255;
    const cv::Mat& lab = context.labImage();
    ASSERT_EQ(lab.type(), CV_32FC3);
    EXPECT_NEAR(lab.at<cv::Vec3f>(5, 5)[0], 100.0, 0.01); // white: L* 100, a* b* 0
    EXPECT_NEAR(lab.at<cv::Vec3f>(5, 5)[1], 0.0, 1.0);
    EXPECT_EQ(context.labImage().data, lab.data); // cached
    // Lab of a saturated colour agrees with the float conversion to within the 8-bit rounding.
    const auto red = checks::image::labOfRgb(255, 0, 0);
    EXPECT_NEAR(red[0], 53.2, 0.6);
    EXPECT_NEAR(red[1], 80.1, 1.5);
    EXPECT_NEAR(red[2], 67.2, 1.5);
    EXPECT_NEAR(context.personDistance().at<float>(0, 3), 3.0, 0.1);
    EXPECT_NEAR(context.personDistance().at<float>(39, 0), 39.0, 0.5);
    // New inputs, new derived images.
    context.image_ = cv::Mat(40, 30, CV_8UC3, cv::Scalar(0, 0, 0));
    EXPECT_NEAR(context.labImage().at<cv::Vec3f>(5, 5)[0], 0.0, 0.01);
    // (A new buffer: Mat::zeros assigned to a Mat of the same size would write in place, which
    // the cache does not notice, as CheckContext.h says.)
    context.mask_ = cv::Mat(40, 30, CV_8UC1, cv::Scalar(0));
    context.mask_.at<uchar>(39, 29) = 255;
    EXPECT_NEAR(context.personDistance().at<float>(39, 26), 3.0, 0.1);
}

TEST_F(ImageChecksTest, MissingInputsAreNotApplicableNeverACrash) {
    const auto p = drawPortrait();
    FixedCheckContext context(*profile_);
    context.bytes_ = "not an image";
    for (const auto& check : checks::imageChecks()) {
        const auto o = check->run(context);
        if (check->id() == "file.format" || check->id() == "file.extension") {
            continue;
        }
        EXPECT_EQ(o.verdict, Verdict::NotApplicable) << check->id();
        EXPECT_FALSE(o.detail.empty()) << check->id();
    }
    // A decodable photo without face, landmarks or mask: the file checks still judge.
    fill(context, p, encodeJpeg(p.image, 85, 300));
    context.faces_.clear();
    context.landmarks_.reset();
    context.headTop_.reset();
    context.mask_ = cv::Mat();
    for (const auto& check : checks::imageChecks()) {
        const auto o = check->run(context);
        if (check->id().rfind("file.", 0) == 0 || check->id() == "added_content.border") {
            EXPECT_EQ(o.verdict, Verdict::Pass) << check->id() << ": " << o.detail;
        } else {
            EXPECT_EQ(o.verdict, Verdict::NotApplicable) << check->id();
        }
    }
}

} // namespace
} // namespace gp::test
