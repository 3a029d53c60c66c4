#include "reports/ReportOutput.h"

#include "core/common/UserError.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>

namespace gp::reports {
namespace {

namespace fs = std::filesystem;

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST(ReportOutput, FilesAppearOnlyWhenTheReportIsPublished) {
    test::TempDir tmp;
    const auto out = tmp / "exports";
    {
        ReportOutput output(out);
        std::ofstream(output.stage("status.xlsx")) << "workbook";
        std::ofstream(output.stage("retakes.xlsx")) << "workbook";
        EXPECT_FALSE(fs::exists(out / "status.xlsx"));
        const auto published = output.publish();
        EXPECT_EQ(published.size(), 2u);
    }
    EXPECT_TRUE(fs::exists(out / "status.xlsx"));
    EXPECT_TRUE(fs::exists(out / "retakes.xlsx"));
    EXPECT_EQ(entries(out), 2u) << "the staging folder is gone";
}

TEST(ReportOutput, AFailedReportLeavesTheFolderAsItWas) {
    test::TempDir tmp;
    const auto out = tmp / "exports";
    fs::create_directories(out);
    std::ofstream(out / "status.xlsx") << "last week's";
    {
        ReportOutput output(out);
        std::ofstream(output.stage("status.xlsx")) << "half of this week's";
        // no publish(): the report failed
    }
    std::ifstream in(out / "status.xlsx");
    std::string text;
    std::getline(in, text);
    EXPECT_EQ(text, "last week's");
    EXPECT_EQ(entries(out), 1u);
}

TEST(ReportOutput, PublishingNeverReplacesAFileAndIsAllOrNothing) {
    test::TempDir tmp;
    const auto out = tmp / "exports";
    fs::create_directories(out);
    std::ofstream(out / "b.zip") << "an earlier package";
    {
        ReportOutput output(out);
        std::ofstream(output.stage("a.zip")) << "part 1";
        std::ofstream(output.stage("b.zip")) << "part 2";
        std::ofstream(output.stage("c.zip")) << "part 3";
        EXPECT_THROW(output.publish(), UserError);
    }
    std::ifstream in(out / "b.zip");
    std::string text;
    std::getline(in, text);
    EXPECT_EQ(text, "an earlier package");
    EXPECT_FALSE(fs::exists(out / "a.zip")) << "a published part is taken back";
    EXPECT_FALSE(fs::exists(out / "c.zip"));
    EXPECT_EQ(entries(out), 1u);
}

TEST(ReportOutput, UnwritableFolderFailsBeforeAnyWork) {
    test::TempDir tmp;
    std::ofstream(tmp / "a-file") << "x";
    EXPECT_THROW(ReportOutput(tmp / "a-file"), UserError);
    if (::geteuid() != 0) { // root may write anywhere
        fs::create_directories(tmp / "ro");
        fs::permissions(tmp / "ro", fs::perms::owner_read | fs::perms::owner_exec);
        EXPECT_THROW(ReportOutput(tmp / "ro"), UserError);
    }
    EXPECT_THROW(ReportOutput("/proc/gradphoto-out"), UserError);
}

} // namespace
} // namespace gp::reports
