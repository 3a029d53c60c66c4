#include "core/common/WorkspaceLog.h"

#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace gp {
namespace {

TEST(WorkspaceLog, EveryLineIsMasked) {
    test::TempDir dir;
    std::filesystem::path file;
    {
        WorkspaceLog log(dir.path());
        file = log.file();
        log.logger().information("imported student 2021001 id 61010219900307123X tel 13812345678");
        log.logger().warning("row 7: duplicate id 610102199003071234");
    }
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    const auto s = text.str();
    EXPECT_NE(s.find("6101**********123X"), std::string::npos) << s;
    EXPECT_NE(s.find("138****5678"), std::string::npos) << s;
    EXPECT_NE(s.find("6101**********1234"), std::string::npos) << s;
    EXPECT_EQ(s.find("61010219900307123X"), std::string::npos) << s;
    EXPECT_EQ(s.find("13812345678"), std::string::npos) << s;
    EXPECT_NE(s.find("2021001"), std::string::npos) << s;
    EXPECT_NE(s.find("[Warning]"), std::string::npos) << s;
}

} // namespace
} // namespace gp
