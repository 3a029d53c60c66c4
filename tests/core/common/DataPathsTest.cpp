#include "core/common/DataPaths.h"

#include "gradphoto/BuildInfo.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <map>

namespace gp {
namespace {

EnvironmentLookup envOf(std::map<std::string, std::string> values) {
    return [values](const std::string& name) -> std::optional<std::string> {
        auto it = values.find(name);
        return it == values.end() ? std::nullopt : std::optional(it->second);
    };
}

TEST(DataPaths, ModelsFolderFromEnvironmentThenXdgThenHome) {
    EXPECT_EQ(defaultModelsDir(envOf({{"GRADPHOTO_MODELS", "/m"}, {"HOME", "/h"}})), "/m");
    EXPECT_EQ(defaultModelsDir(envOf({{"XDG_DATA_HOME", "/x"}, {"HOME", "/h"}})),
              "/x/gradphoto/models");
    EXPECT_EQ(defaultModelsDir(envOf({{"HOME", "/home/reviewer"}})),
              "/home/reviewer/.local/share/gradphoto/models");
}

TEST(DataPaths, BuildTreeFallsBackToSourceTemplates) {
    const auto p = DataPaths::resolve(envOf({{"HOME", "/h"}}), "/nowhere/bin/gradphoto-cli");
    EXPECT_EQ(p.templates, std::filesystem::path(build::kSourceDir) / "templates");
    EXPECT_EQ(p.locale, build::kLocaleBuildDir);
}

TEST(DataPaths, InstalledLayoutIsFoundBesideBin) {
    test::TempDir tmp;
    std::filesystem::create_directories(tmp / "usr/share/gradphoto/templates");
    const auto p = DataPaths::resolve(envOf({}), tmp / "usr/bin/gradphoto-cli");
    EXPECT_EQ(p.templates, tmp / "usr/share/gradphoto/templates");
    EXPECT_EQ(p.locale, tmp / "usr/share/locale");
}

TEST(DataPaths, EnvironmentWins) {
    const auto p = DataPaths::resolve(
        envOf({{"GRADPHOTO_TEMPLATES", "/t"}, {"GRADPHOTO_LOCALE", "/l"}}), "/usr/bin/x");
    EXPECT_EQ(p.templates, "/t");
    EXPECT_EQ(p.locale, "/l");
}

} // namespace
} // namespace gp
