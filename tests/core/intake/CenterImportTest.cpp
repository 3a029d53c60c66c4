#include "core/intake/CenterImport.h"

#include "core/common/UserError.h"
#include "gradphoto/BuildInfo.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>

namespace gp::intake {
namespace {

namespace fs = std::filesystem;

TEST(CenterImport, AddsUpdatesAndListsCentersStillMissingDetails) {
    test::TempDir tmp;
    auto clock = test::fixedClock();
    auto ws = test::newWorkspace(tmp / "w", clock);
    domain::Center bare;
    bare.name = "汉中函授站"; // created bare by a roster
    ws->store().centers().add(bare);
    std::ofstream(tmp / "c.csv") << "2026届教学点通讯录\n办学单位,联系人,联系电话,邮寄地址,邮编\n"
                                    "西安教学点,王老师,029-88881234,西安市雁塔区示例路1号,710061\n"
                                    "汉中函授站,李老师,0916-2223333,汉中市汉台区示例街2号,723000\n"
                                    "宝鸡函授站,,,,\n"
                                    "西安教学点,重复,1,2,3\n"
                                    ",孤儿,1,地址,\n";
    const auto columns = fs::path(build::kSourceDir) / "templates" / "center-columns.json";
    const auto r = importCenters(*ws, tmp / "c.csv", columns);
    EXPECT_EQ(r.added, 2u);
    EXPECT_EQ(r.updated, 1u);
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].code, "duplicate_center");
    EXPECT_EQ(r.problems[0].row, 6);
    EXPECT_EQ(r.problems[1].code, "missing_center_name");
    EXPECT_EQ(r.missingDetails, (std::vector<std::string>{"宝鸡函授站"}));
    const auto xian = ws->store().centers().byName("西安教学点");
    ASSERT_TRUE(xian);
    EXPECT_EQ(xian->postcode, "710061");
    EXPECT_EQ(xian->contact, "王老师");
    EXPECT_TRUE(ws->store().centers().byName("汉中函授站")->hasMailingDetails());
    EXPECT_EQ(importCenters(*ws, tmp / "c.csv", columns).unchanged, 3u);
}

TEST(CenterImport, ASheetWithoutCenterNamesIsRefused) {
    test::TempDir tmp;
    auto clock = test::fixedClock();
    auto ws = test::newWorkspace(tmp / "w", clock);
    std::ofstream(tmp / "c.csv") << "学号,姓名\n1,甲\n";
    EXPECT_THROW(importCenters(*ws, tmp / "c.csv",
                               fs::path(build::kSourceDir) / "templates" / "center-columns.json"),
                 UserError);
}

} // namespace
} // namespace gp::intake
