#include "core/checks/ProfileCatalog.h"

#include "core/common/UserError.h"
#include "gradphoto/BuildInfo.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace gp::checks {
namespace {

const std::filesystem::path kShipped =
    std::filesystem::path(build::kSourceDir) / "templates" / "profiles";

TEST(ProfileCatalog, ShipsTheChsiAndIdCardProfiles) {
    const ProfileCatalog catalog(kShipped);
    const auto chsi = catalog.find("chsi-2017");
    ASSERT_TRUE(chsi);
    EXPECT_GE(chsi->version, 1);
    EXPECT_THAT(chsi->nameZh, ::testing::HasSubstr("教毕指〔2017〕99号"));
    EXPECT_TRUE(catalog.find("id-card-358x441"));
    EXPECT_EQ(catalog.require(ProfileCatalog::kDefaultProfile).id, "chsi-2017");
}

TEST(ProfileCatalog, UnknownIdNamesTheKnownOnes) {
    const ProfileCatalog catalog(kShipped);
    try {
        catalog.require("cet-exam");
        FAIL();
    } catch (const UserError& e) {
        EXPECT_THAT(e.what(), ::testing::HasSubstr("cet-exam"));
        EXPECT_THAT(e.hint(), ::testing::HasSubstr("chsi-2017"));
        EXPECT_THAT(e.hint(), ::testing::HasSubstr("id-card-358x441"));
    }
}

TEST(ProfileCatalog, BrokenProfileIsNamed) {
    test::TempDir tmp;
    std::ofstream(tmp / "broken.json") << "{ \"id\": \"broken\", ";
    try {
        ProfileCatalog catalog(tmp.path());
        FAIL();
    } catch (const UserError& e) {
        EXPECT_THAT(e.what(), ::testing::HasSubstr("broken.json"));
    }
    EXPECT_THROW(ProfileCatalog(tmp / "missing"), UserError);
}

} // namespace
} // namespace gp::checks
