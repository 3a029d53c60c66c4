#include "core/store/PhotoStore.h"

#include "core/common/Sha256.h"
#include "core/common/UserError.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace gp::store {
namespace {

namespace fs = std::filesystem;

fs::path writeFile(const fs::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
}

TEST(PhotoStore, StoresUnderTheContentHash) {
    test::TempDir tmp;
    PhotoStore photos(tmp / "photos");
    const std::string bytes = "\xFF\xD8\xFF\xE0 pretend jpeg";
    const auto stored = photos.put(writeFile(tmp / "2021001.jpg", bytes));
    EXPECT_EQ(stored.sha256, sha256Hex(bytes));
    EXPECT_EQ(stored.byteSize, bytes.size());
    EXPECT_TRUE(stored.newlyStored);
    const auto path = photos.pathOf(stored.sha256);
    EXPECT_EQ(path, tmp / "photos" / stored.sha256.substr(0, 2) / stored.sha256);
    EXPECT_TRUE(photos.contains(stored.sha256));
    EXPECT_TRUE(photos.verify(stored.sha256));
    EXPECT_TRUE(fs::exists(tmp / "2021001.jpg")) << "the original is left where it was";
}

TEST(PhotoStore, SameBytesAreStoredOnce) {
    test::TempDir tmp;
    PhotoStore photos(tmp / "photos");
    const auto a = photos.put(writeFile(tmp / "a.jpg", "same bytes"));
    const auto b = photos.put(writeFile(tmp / "b.jpg", "same bytes"));
    EXPECT_EQ(a.sha256, b.sha256);
    EXPECT_TRUE(a.newlyStored);
    EXPECT_FALSE(b.newlyStored);
    EXPECT_EQ(photos.usage().files, 1u);
    EXPECT_EQ(photos.usage().bytes, std::string("same bytes").size());
    EXPECT_EQ(photos.removeAbandonedTemporaries(std::chrono::seconds(0)), 0u)
        << "no temporary file is left behind";
}

TEST(PhotoStore, StoredFilesAreReadOnlyAndNeverOverwritten) {
    test::TempDir tmp;
    PhotoStore photos(tmp / "photos");
    const auto stored = photos.put(writeFile(tmp / "a.jpg", "original"));
    const auto path = photos.pathOf(stored.sha256);
    const auto perms = fs::status(path).permissions();
    EXPECT_EQ(perms & fs::perms::owner_write, fs::perms::none);
    EXPECT_EQ(perms & fs::perms::group_write, fs::perms::none);
    EXPECT_EQ(perms & fs::perms::others_write, fs::perms::none);
    const auto before = fs::last_write_time(path);
    photos.put(writeFile(tmp / "again.jpg", "original"));
    EXPECT_EQ(fs::last_write_time(path), before);
    EXPECT_TRUE(photos.verify(stored.sha256));
}

TEST(PhotoStore, VerifyNoticesAChangedOrMissingFile) {
    test::TempDir tmp;
    PhotoStore photos(tmp / "photos");
    const auto stored = photos.put(writeFile(tmp / "a.jpg", "original"));
    const auto path = photos.pathOf(stored.sha256);
    fs::permissions(path, fs::perms::owner_write, fs::perm_options::add);
    std::ofstream(path, std::ios::binary) << "tampered";
    EXPECT_FALSE(photos.verify(stored.sha256));
    fs::remove(path);
    EXPECT_FALSE(photos.verify(stored.sha256));
    EXPECT_FALSE(photos.contains(stored.sha256));
}

TEST(PhotoStore, AbandonedTemporariesAreCleanedOnlyWhenOld) {
    test::TempDir tmp;
    PhotoStore photos(tmp / "photos");
    writeFile(tmp / "photos" / ".incoming" / ".photo.tmp-abc123", "half a photo");
    EXPECT_EQ(photos.removeAbandonedTemporaries(std::chrono::hours(1)), 0u)
        << "a fresh one may belong to an import running now";
    EXPECT_EQ(photos.removeAbandonedTemporaries(std::chrono::seconds(0)), 1u);
    EXPECT_EQ(photos.usage().files, 0u);
}

TEST(PhotoStore, UnreadableSourceIsAUserError) {
    test::TempDir tmp;
    PhotoStore photos(tmp / "photos");
    EXPECT_THROW(photos.put(tmp / "missing.jpg"), UserError);
}

} // namespace
} // namespace gp::store
