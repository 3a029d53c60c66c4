#include "core/review/CheckPresentation.h"

#include "ReviewFixture.h"

#include <gtest/gtest.h>

namespace gp::review {
namespace {

TEST(CheckPresentation, FailuresFirstWithChineseNamesValuesLimitsAndMarks) {
    domain::CheckRun run;
    run.results.push_back({"file.size", "pass", R"({"size":{"value":31.5,"unit":"KB"}})",
                           "20–40 KB", "", "[]", R"({"min":20,"max":40})"});
    run.results.push_back(
        {"framing.head_top", "fail",
         R"({"head_top":{"value":30,"unit":"px"},"detail":"head top above the band"})", "50–110 px",
         "head_too_high",
         R"([{"kind":"band","coords":[0,50,480,60],"label":"head top band"},{"kind":"line","coords":[0,30,480,30],"label":"head top"}])",
         R"({"min":50,"max":110})"});
    run.results.push_back({"pose.roll", "warn", R"({"roll":{"value":4.2,"unit":"°"}})", "≤ 3°",
                           "head_tilted", "[]", R"({"max":3})"});
    const auto names = CheckNames::load(std::filesystem::path(build::kSourceDir) / "templates" /
                                        "check-names.json");
    const auto texts = CheckTexts::load(std::filesystem::path(build::kSourceDir) / "templates" /
                                        "check-texts.json");
    const auto lines = presentChecks(run, names, texts, test::reasons(), "zh_CN");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].checkId, "framing.head_top");
    EXPECT_EQ(lines[0].name, "头顶位置");
    EXPECT_EQ(lines[0].measured, "30 像素");
    EXPECT_EQ(lines[0].limit, "50–110 像素");
    EXPECT_EQ(lines[0].reason, "头部位置偏上");
    ASSERT_EQ(lines[0].marks.size(), 2u);
    EXPECT_EQ(lines[0].marks[0].kind, OverlayMark::Kind::Band);
    EXPECT_EQ(lines[0].marks[1].coords, (std::vector<int>{0, 30, 480, 30}));
    EXPECT_EQ(lines[0].marks[0].label, "头顶区间");
    EXPECT_EQ(lines[0].marks[1].label, "头顶");
    EXPECT_EQ(lines[1].checkId, "pose.roll");
    EXPECT_EQ(lines[1].measured, "4.2 度");
    EXPECT_EQ(lines[1].limit, "≤ 3 度");
    EXPECT_EQ(lines[2].name, "文件大小");
    EXPECT_EQ(lines[2].measured, "31.5 KB");
    EXPECT_EQ(lines[2].limit, "20–40 KB");
    EXPECT_TRUE(lines[2].reason.empty());
    EXPECT_EQ(names.name("framing.head_top", "en"), "Head top");
    EXPECT_EQ(names.name("no.such", "zh_CN"), "no.such");
}

} // namespace
} // namespace gp::review
