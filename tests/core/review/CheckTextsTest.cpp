// The review screen words every check in Chinese and English from templates/check-texts.json:
// real check outcomes, stored as the workspace stores them, read back as the reviewer sees them.
#include "ReviewFixture.h"
#include "core/checks/PhotoProfile.h"
#include "core/checks/measures/FaceChecks.h"
#include "core/checks/measures/ImageChecks.h"
#include "core/jobs/StoredCheckResult.h"
#include "core/review/CheckPresentation.h"
#include "core/review/FaceStateTexts.h"
#include "tests/support/FixedCheckContext.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <set>

namespace gp::review {
namespace {

std::filesystem::path templates() {
    return std::filesystem::path(build::kSourceDir) / "templates";
}

const checks::PhotoProfile& profile() {
    static const auto p = checks::PhotoProfile::load(templates() / "profiles" / "chsi-2017.json");
    return p;
}

const CheckTexts& texts() {
    static const auto t = CheckTexts::load(templates() / "check-texts.json");
    return t;
}

/// Every check of the engine run on the context, stored and read back as the console shows
/// it, by check id.
std::map<std::string, CheckLine> present(checks::CheckContext& context,
                                         const std::string& language) {
    domain::CheckRun run;
    for (auto* list : {new checks::CheckList(checks::faceChecks()),
                       new checks::CheckList(checks::imageChecks())}) {
        const std::unique_ptr<checks::CheckList> owned(list);
        for (const auto& check : *owned) {
            run.results.push_back(jobs::storedResult(check->run(context)));
        }
    }
    const auto names = CheckNames::load(templates() / "check-names.json");
    std::map<std::string, CheckLine> out;
    for (auto& line : presentChecks(run, names, texts(), test::reasons(), language)) {
        out[line.checkId] = line;
    }
    return out;
}

/// Runs of two or more ASCII letters that are not units or names kept in Chinese text.
std::vector<std::string> englishWords(const std::string& text) {
    static const std::set<std::string> kept{"KB", "dpi", "JPEG", "jpeg", "jpg", "E"};
    std::vector<std::string> out;
    std::string word;
    for (const char c : text + " ") {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += c;
            continue;
        }
        if (word.size() >= 2 && kept.count(word) == 0) {
            out.push_back(word);
        }
        word.clear();
    }
    return out;
}

/// Every judged check reads in Chinese: measured value, limit and mark labels.
void expectAllChinese(const std::map<std::string, CheckLine>& lines) {
    std::size_t judged = 0;
    for (const auto& [id, line] : lines) {
        if (line.verdict == "not_applicable" || line.verdict == "error") {
            continue;
        }
        ++judged;
        EXPECT_FALSE(line.limit.empty()) << id;
        EXPECT_TRUE(englishWords(line.measured).empty()) << id << ": " << line.measured;
        EXPECT_TRUE(englishWords(line.limit).empty()) << id << ": " << line.limit;
        for (const auto& m : line.marks) {
            EXPECT_TRUE(englishWords(m.label).empty()) << id << ": " << m.label;
        }
    }
    EXPECT_GE(judged, 10u);
}

std::string jpeg(const cv::Mat& image, int quality) {
    std::vector<uchar> buf;
    cv::imencode(".jpg", image, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
    return std::string(buf.begin(), buf.end());
}

TEST(CheckTexts, EveryCheckTheEngineCanEmitHasChineseAndEnglishTexts) {
    const auto names = CheckNames::load(templates() / "check-names.json");
    std::set<std::string> ids;
    for (const auto& list : {checks::faceChecks(), checks::imageChecks()}) {
        for (const auto& check : list) {
            ids.insert(check->id());
        }
    }
    ASSERT_EQ(ids.size(), 36u);
    for (const auto& id : ids) {
        for (const auto* lang : {"zh_CN", "en"}) {
            EXPECT_TRUE(texts().hasTexts(id, lang)) << id << " " << lang;
            EXPECT_NE(names.name(id, lang), id) << id << " has no " << lang << " name";
        }
    }
}

TEST(CheckTexts, TwoFacesSharpnessAndFileSizeInChinese) {
    // A flat grey 480×640 photo with two face boxes: two faces (fail), no detail in the face
    // (blurred), a file of a few KB (below the band).
    gp::test::FixedCheckContext context(profile());
    context.image_ = cv::Mat(640, 480, CV_8UC3, cv::Scalar(128, 128, 128));
    context.bytes_ = jpeg(context.image_, 90);
    context.faces_ = {cv::Rect(140, 160, 200, 240), cv::Rect(20, 20, 150, 180)};
    const auto zh = present(context, "zh_CN");
    expectAllChinese(zh);

    const auto& faces = zh.at("faces.count");
    EXPECT_EQ(faces.verdict, "fail");
    EXPECT_EQ(faces.name, "人脸数量");
    EXPECT_EQ(faces.measured, "2 张人脸");
    EXPECT_EQ(faces.limit, "应为 1 张人脸");
    ASSERT_FALSE(faces.marks.empty());
    EXPECT_EQ(faces.marks[0].label, "人脸");

    const auto& focus = zh.at("sharpness.focus");
    EXPECT_EQ(focus.verdict, "fail");
    EXPECT_EQ(focus.measured, "清晰度 0");
    EXPECT_EQ(focus.limit, "≥ 40");
    ASSERT_EQ(focus.marks.size(), 1u);
    EXPECT_EQ(focus.marks[0].label, "清晰度取样");

    const auto& size = zh.at("file.size");
    const double kb = static_cast<double>(context.bytes_.size()) / 1024.0;
    ASSERT_LT(kb, 20.0);
    char expected[32];
    std::snprintf(expected, sizeof expected, "%.1f KB", kb);
    EXPECT_EQ(size.verdict, "warn");
    EXPECT_EQ(size.measured, expected);
    EXPECT_EQ(size.limit, "20–40 KB");

    const auto& pixels = zh.at("file.pixel_size");
    EXPECT_EQ(pixels.measured, "480×640 像素");
    EXPECT_EQ(pixels.limit, "480×640 像素");

    // The same in English.
    const auto en = present(context, "en");
    EXPECT_EQ(en.at("faces.count").measured, "2 face(s)");
    EXPECT_EQ(en.at("faces.count").limit, "exactly 1 face");
    EXPECT_EQ(en.at("faces.count").marks[0].label, "face");
    EXPECT_EQ(en.at("file.pixel_size").limit, "480×640 px");
}

TEST(CheckTexts, HeadTopAndBackgroundColourInChinese) {
    // A white backdrop with nobody on it, a face whose head top is 30 px from the top.
    gp::test::FixedCheckContext context(profile());
    context.image_ = cv::Mat(640, 480, CV_8UC3, cv::Scalar(250, 250, 250));
    context.bytes_ = jpeg(context.image_, 95);
    context.mask_ = cv::Mat::zeros(640, 480, CV_8UC1);
    context.mask_(cv::Rect(170, 100, 140, 540)).setTo(255); // the person, in the middle
    checks::Landmarks lm{};
    for (std::size_t i = 0; i < lm.size(); ++i) {
        lm[i] = cv::Point2f(180.0F + static_cast<float>(i % 17) * 7,
                            200.0F + static_cast<float>(i / 17) * 40);
    }
    context.landmarks_ = lm; // a real analysis has a face box wherever it has landmarks
    context.faces_ = {cv::Rect(170, 150, 140, 220)};
    context.headTop_ = 30;
    const auto zh = present(context, "zh_CN");
    expectAllChinese(zh);

    const auto& top = zh.at("framing.head_top");
    EXPECT_EQ(top.verdict, "fail");
    EXPECT_EQ(top.name, "头顶位置");
    EXPECT_EQ(top.measured, "30 像素");
    EXPECT_EQ(top.limit, "50–110 像素");
    EXPECT_EQ(top.reason, "头部位置偏上");
    std::set<std::string> labels;
    for (const auto& m : top.marks) {
        labels.insert(m.label);
    }
    EXPECT_EQ(labels, (std::set<std::string>{"头顶", "头顶区间"}));

    const auto& colour = zh.at("background.colour");
    EXPECT_EQ(colour.verdict, "pass");
    EXPECT_EQ(colour.name.find("背景"), 0u) << colour.name;
    EXPECT_EQ(colour.measured.rfind("白色，色差 ", 0), 0u) << colour.measured;
    EXPECT_EQ(colour.limit, "色差 ≤ 15");
    const auto en = present(context, "en");
    EXPECT_EQ(en.at("background.colour").limit, "≤ 15 ΔE from a reference colour");
    EXPECT_NE(en.at("background.colour").measured.find(" ΔE from white"), std::string::npos)
        << en.at("background.colour").measured;
}

TEST(CheckTexts, OldRowsWithoutLimitNumbersKeepTheirLimitTextAndTranslateUnits) {
    domain::CheckRun run;
    // Stored before schema 4: no limit_json.
    run.results.push_back({"framing.head_top", "fail", R"({"head_top":{"value":30,"unit":"px"}})",
                           "50–110 px", "head_too_high", "[]"});
    run.results.push_back({"no.such_check", "warn",
                           R"({"roll":{"value":4.25,"unit":"°"},"width":{"value":12,"unit":"px"}})",
                           "≤ 3°", "", "[]"});
    const auto names = CheckNames::load(templates() / "check-names.json");
    const auto lines = presentChecks(run, names, texts(), test::reasons(), "zh_CN");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].measured, "30 像素");
    EXPECT_EQ(lines[0].limit, "50–110 px") << "the stored text stands";
    EXPECT_EQ(lines[1].measured, "4.25 度，12 像素");
    EXPECT_EQ(lines[1].limit, "≤ 3°");
}

TEST(CheckTexts, PlaceholdersFillFromMeasuresAndLimitsOrFallBack) {
    const std::string values =
        R"({"is_jpeg":{"value":0,"unit":""},"delta_e_white":{"value":3.04,"unit":"ΔE"}})";
    const std::string limits =
        R"({"format":"jpeg","max":15,"nearest_zh_CN":"白色","nearest_en":"white"})";
    EXPECT_EQ(texts().measured("file.format", values, limits, "zh_CN"), "不是 JPEG");
    EXPECT_EQ(texts().measured("file.format", R"({"is_jpeg":{"value":1,"unit":""}})", "{}", "en"),
              "JPEG");
    EXPECT_EQ(texts().limit("file.format", values, limits, "jpeg", "zh_CN"), "jpeg");
    EXPECT_EQ(texts().measured("background.colour", values, limits, "zh_CN"), "白色，色差 3.0");
    EXPECT_EQ(texts().measured("background.colour", values, limits, "en"), "3.0 ΔE from white");
    // A placeholder without a value: the limit text as stored.
    EXPECT_EQ(texts().limit("framing.head_top", "{}", R"({"min":50})", "50–110 px", "zh_CN"),
              "50–110 px");
    EXPECT_EQ(texts().overlayLabel("eye line", "zh_CN"), "眼睛连线");
    EXPECT_EQ(texts().overlayLabel("something new", "zh_CN"), "something new");
}

TEST(FaceStateTexts, EveryComparisonStateHasASentenceInBothLanguages) {
    const auto states = FaceStateTexts::load(templates() / "face-states.json");
    for (const auto* state : {"no_reference", "no_face_submission", "multiple_faces_submission",
                              "no_face_reference", "multiple_faces_reference", "reference_too_poor",
                              "unreadable_submission", "unreadable_reference"}) {
        EXPECT_TRUE(states.has(state, "zh_CN")) << state;
        EXPECT_TRUE(states.has(state, "en")) << state;
        EXPECT_NE(states.sentence(state, "zh_CN"), state);
    }
    EXPECT_EQ(states.sentence("unreadable_submission", "zh_CN"),
              "提交的照片无法读取（文件损坏或格式不支持），无法比对。");
    EXPECT_EQ(states.sentence("no_reference", "zh_CN.UTF-8"),
              "没有参照照片（学籍照片或身份证照片），无法进行人像比对。");
    EXPECT_EQ(states.sentence("no_face_submission", "en"),
              "No face was found in the submitted photo, so it cannot be compared.");
    EXPECT_EQ(states.sentence("new_state", "zh_CN"), "new_state");
}

TEST(TemplateTexts, MissingOrBrokenFilesGiveFallbacksAndOnlyTextIsRead) {
    gp::test::TempDir tmp;
    const auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream(tmp.path() / name, std::ios::binary) << text;
        return tmp.path() / name;
    };
    EXPECT_EQ(readTemplateObject(tmp.path() / "absent.json"), nullptr);
    EXPECT_EQ(readTemplateObject(write("cut.json", R"({"names": {"a": )")), nullptr);
    EXPECT_EQ(readTemplateObject(write("array.json", "[1, 2]")), nullptr);
    const auto names = CheckNames::load(write("cut.json", R"({"names": {"a": )"));
    EXPECT_EQ(names.name("framing.head_top", "zh_CN"), "framing.head_top");

    const auto root = readTemplateObject(
        write("mixed.json", R"({"states": {"a": {"zh_CN": "甲", "en": 1}, "b": "not a table"}})"));
    ASSERT_NE(root, nullptr);
    LanguageTexts table;
    readLanguageTable(root, "states", table);
    readLanguageTable(root, "absent", table);
    ASSERT_EQ(table.size(), 1U);
    EXPECT_EQ(table.at("a"), (std::map<std::string, std::string>{{"zh_CN", "甲"}}));
    ASSERT_NE(lookupText(table, "a", "zh_CN.UTF-8"), nullptr);
    EXPECT_EQ(*lookupText(table, "a", "zh_CN.UTF-8"), "甲");
    EXPECT_EQ(lookupText(table, "a", "en"), nullptr) << "a number is not a text";
    EXPECT_EQ(templateLanguage("zh_TW"), "zh_CN");
    EXPECT_EQ(templateLanguage("fr_FR"), "en");
}

} // namespace
} // namespace gp::review
