#include "core/common/UserError.h"
#include "core/intake/photos/PhotoSource.h"
#include "tests/core/intake/photos/PhotoSourceTestSupport.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <sys/stat.h>

namespace gp::intake {
namespace {

namespace fs = std::filesystem;
using test::writeFile;
using ::testing::ElementsAre;

TEST(FolderPhotoSource, WalksNestedFoldersInPathOrderSkippingJunk) {
    test::TempDir tmp;
    const fs::path root = tmp / "photos";
    // Every naming form, in nested folders.
    writeFile(root / "2021001.jpg", "a");
    writeFile(root / "张三_2021002.jpg", "b");
    writeFile(root / "班级1/2021003_1.jpg", "c");
    writeFile(root / "班级1/2021004(1).jpg", "d");
    writeFile(root / "班级1/深/2021005（1）.JPG", "e");
    writeFile(root / "班级1/深/2021006-李四.jpeg", "f");
    writeFile(root / "b/61010219900307123x.jpg", "g");
    writeFile(root / "b/２０２１００７.jpg", "h");
    writeFile(root / "b/张三 2021008.JPG", "i");
    writeFile(root / "b/2021009 (2).jpg", "j");
    // Junk that is skipped without a word.
    writeFile(root / ".hidden.jpg", "x");
    writeFile(root / ".git/config", "x");
    writeFile(root / "__MACOSX/._2021001.jpg", "x");
    writeFile(root / "__MACOSX/b/2021003.jpg", "x");
    writeFile(root / "Thumbs.db", "x");
    writeFile(root / "班级1/thumbs.db", "x");
    writeFile(root / "b/.DS_Store", "x");

    auto source = openPhotoSource(root);
    EXPECT_EQ(source->size(), 10u);
    const auto offered = test::collect(*source);
    EXPECT_TRUE(offered.refused.empty());
    std::vector<std::string> sorted = offered.order;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(offered.order, sorted) << "stable order by path";
    EXPECT_THAT(offered.order,
                ElementsAre("2021001.jpg", "b/2021009 (2).jpg", "b/61010219900307123x.jpg",
                            "b/张三 2021008.JPG", "b/２０２１００７.jpg", "张三_2021002.jpg",
                            "班级1/2021003_1.jpg", "班级1/2021004(1).jpg",
                            "班级1/深/2021005（1）.JPG", "班级1/深/2021006-李四.jpeg"));
    EXPECT_EQ(offered.bytes.at("班级1/深/2021006-李四.jpeg"), "f");
    // A second walk offers the same.
    EXPECT_EQ(test::collect(*openPhotoSource(root)).order, offered.order);
}

TEST(FolderPhotoSource, RefusesLinksAndFollowsNoneOutOfTheFolder) {
    test::TempDir tmp;
    const fs::path root = tmp / "photos";
    writeFile(root / "2021001.jpg", "a");
    writeFile(tmp / "outside/secret.jpg", "secret");
    fs::create_symlink(tmp / "outside/secret.jpg", root / "2021002.jpg");
    fs::create_symlink("/etc/passwd", root / "2021003.jpg");
    fs::create_directory_symlink(tmp / "outside", root / "linked-folder");
    fs::create_symlink(root / "2021001.jpg", root / "2021004.jpg"); // even inside the folder

    auto source = openPhotoSource(root);
    EXPECT_EQ(source->size(), 5u);
    const auto offered = test::collect(*source);
    EXPECT_THAT(offered.bytes, ::testing::SizeIs(1));
    EXPECT_EQ(offered.bytes.at("2021001.jpg"), "a");
    EXPECT_EQ(offered.refused.at("2021002.jpg"), "link");
    EXPECT_EQ(offered.refused.at("2021003.jpg"), "link");
    EXPECT_EQ(offered.refused.at("2021004.jpg"), "link");
    EXPECT_EQ(offered.refused.at("linked-folder"), "link");
    EXPECT_EQ(offered.refused.count("linked-folder/secret.jpg"), 0u) << "not walked into";
}

TEST(FolderPhotoSource, RefusesPipesWithoutBlocking) {
    test::TempDir tmp;
    const fs::path root = tmp / "photos";
    writeFile(root / "2021001.jpg", "a");
    ASSERT_EQ(::mkfifo((root / "2021002.jpg").c_str(), 0600), 0);
    const auto offered = test::collect(*openPhotoSource(root));
    EXPECT_EQ(offered.refused.at("2021002.jpg"), "unreadable");
    EXPECT_EQ(offered.bytes.size(), 1u);
}

TEST(FolderPhotoSource, RefusesFilesOverTheEntryLimitWithoutReadingThem) {
    test::TempDir tmp;
    const fs::path root = tmp / "photos";
    writeFile(root / "big.jpg", std::string(1001, 'x'));
    writeFile(root / "fits.jpg", std::string(1000, 'x'));
    ZipLimits limits;
    limits.maxEntryBytes = 1000;
    const auto offered = test::collect(*openPhotoSource(root, limits));
    EXPECT_EQ(offered.refused.at("big.jpg"), "too_large_bytes");
    EXPECT_EQ(offered.bytes.at("fits.jpg").size(), 1000u);
}

TEST(FolderPhotoSource, ConvertsGbkFileNamesToUtf8) {
    test::TempDir tmp;
    const fs::path root = tmp / "photos";
    fs::create_directories(root);
    writeFile(root / std::string("\xD5\xC5\xC8\xFD_2021001.jpg"), "a"); // 张三 in GBK
    const auto offered = test::collect(*openPhotoSource(root));
    EXPECT_EQ(offered.bytes.count("张三_2021001.jpg"), 1u);
}

TEST(FolderPhotoSource, EmptyFolderOffersNothing) {
    test::TempDir tmp;
    fs::create_directories(tmp / "empty");
    auto source = openPhotoSource(tmp / "empty");
    EXPECT_EQ(source->size(), 0u);
    EXPECT_TRUE(test::collect(*source).order.empty());
}

TEST(PhotoSource, RefusesAMissingPathAndWhatIsNeitherFolderNorZip) {
    test::TempDir tmp;
    EXPECT_THROW(openPhotoSource(tmp / "missing"), UserError);
    writeFile(tmp / "photos.rar", "Rar!\x1A\x07\x00");
    EXPECT_THROW(openPhotoSource(tmp / "photos.rar"), UserError);
    writeFile(tmp / "2021001.jpg", "\xFF\xD8\xFF");
    EXPECT_THROW(openPhotoSource(tmp / "2021001.jpg"), UserError);
    writeFile(tmp / "empty.zip", "");
    EXPECT_THROW(openPhotoSource(tmp / "empty.zip"), UserError);
}

} // namespace
} // namespace gp::intake
