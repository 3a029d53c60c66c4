#include "core/common/UserError.h"
#include "core/intake/photos/PhotoSource.h"
#include "tests/core/intake/photos/PhotoSourceTestSupport.h"
#include "tests/core/intake/photos/TestZipWriter.h"
#include "tests/support/TempDir.h"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <unistd.h>

namespace gp::intake {
namespace {

namespace fs = std::filesystem;
using test::RawZipEntry;
using test::writeFile;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string randomBytes(std::size_t size, unsigned seed) {
    std::mt19937 random(seed);
    std::string bytes(size, '\0');
    for (char& c : bytes) {
        c = static_cast<char>(random() & 0xFF);
    }
    return bytes;
}

fs::path pocoZip(const fs::path& path,
                 const std::vector<std::pair<std::string, std::string>>& files) {
    std::ofstream out(path, std::ios::binary);
    Poco::Zip::Compress compress(out, true);
    compress.addDirectory(Poco::Path("班级1/", Poco::Path::PATH_UNIX), Poco::DateTime());
    for (const auto& [name, content] : files) {
        std::istringstream in(content);
        compress.addFile(in, Poco::DateTime(), Poco::Path(name, Poco::Path::PATH_UNIX));
    }
    compress.close();
    return path;
}

fs::path rawZip(const fs::path& path, const std::vector<RawZipEntry>& entries) {
    writeFile(path, test::writeZip(entries));
    return path;
}

std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const UserError& error) {
        return error.what();
    }
    return "(no UserError)";
}

TEST(ZipPhotoSource, ReadsAnOrdinaryZipInPathOrderSkippingJunk) {
    test::TempDir tmp;
    const std::string photo = randomBytes(50'000, 1);
    const fs::path zip = pocoZip(tmp / "photos.zip", {{"班级1/2021003_1.jpg", photo},
                                                      {"2021001.jpg", "a"},
                                                      {"张三_2021002.jpg", "b"},
                                                      {"班级1/深/2021004（1）.JPG", "c"},
                                                      {"__MACOSX/班级1/._2021003_1.jpg", "x"},
                                                      {".DS_Store", "x"},
                                                      {"班级1/Thumbs.db", "x"},
                                                      {"班级1/.hidden.jpg", "x"}});
    auto source = openPhotoSource(zip);
    EXPECT_EQ(source->size(), 4u);
    const auto offered = test::collect(*source);
    EXPECT_TRUE(offered.refused.empty());
    EXPECT_THAT(offered.order, ElementsAre("2021001.jpg", "张三_2021002.jpg", "班级1/2021003_1.jpg",
                                           "班级1/深/2021004（1）.JPG"));
    EXPECT_EQ(offered.bytes.at("班级1/2021003_1.jpg"), photo);
    EXPECT_EQ(offered.bytes.at("2021001.jpg"), "a");
}

TEST(ZipPhotoSource, IsRecognisedByContentNotByName) {
    test::TempDir tmp;
    const fs::path zip = pocoZip(tmp / "photos.zip", {{"2021001.jpg", "a"}});
    fs::rename(zip, tmp / "photos.dat");
    EXPECT_EQ(test::collect(*openPhotoSource(tmp / "photos.dat")).bytes.size(), 1u);
}

TEST(ZipPhotoSource, RefusesHostileNamesAndLinksAndWritesNothing) {
    test::TempDir tmp;
    RawZipEntry link = test::storedEntry("2021009.jpg", "/etc/passwd");
    link.externalAttributes = 0120777u << 16; // S_IFLNK
    const fs::path zip = rawZip(
        tmp / "in/hostile.zip",
        {test::storedEntry("../evil.jpg", "x"), test::storedEntry("/etc/x.jpg", "x"),
         test::storedEntry("a/../../b.jpg", "x"), test::storedEntry("..\\evil2.jpg", "x"),
         test::storedEntry("a\\..\\..\\evil3.jpg", "x"),
         test::storedEntry("C:\\Windows\\evil4.jpg", "x"), test::storedEntry("C:/evil5.jpg", "x"),
         test::storedEntry("\\\\server\\evil6.jpg", "x"), link,
         test::deflatedEntry("ok/2021001.jpg", "good"),
         test::storedEntry("dir\\2021002.jpg", "fine")});
    fs::create_directories(tmp / "work");
    const auto treeBefore = test::listTree(tmp.path());
    const fs::path cwd = fs::current_path();
    fs::current_path(tmp / "work");
    test::Offered offered;
    std::size_t size = 0;
    {
        auto source = openPhotoSource(zip);
        size = source->size();
        offered = test::collect(*source);
    }
    fs::current_path(cwd);

    EXPECT_EQ(size, 11u);
    EXPECT_EQ(offered.refused.at("../evil.jpg"), "unsafe_path");
    EXPECT_EQ(offered.refused.at("/etc/x.jpg"), "unsafe_path");
    EXPECT_EQ(offered.refused.at("a/../../b.jpg"), "unsafe_path");
    EXPECT_EQ(offered.refused.at("..\\evil2.jpg"), "unsafe_path");
    EXPECT_EQ(offered.refused.at("a\\..\\..\\evil3.jpg"), "unsafe_path");
    EXPECT_EQ(offered.refused.at("C:\\Windows\\evil4.jpg"), "unsafe_path");
    EXPECT_EQ(offered.refused.at("C:/evil5.jpg"), "unsafe_path");
    EXPECT_EQ(offered.refused.at("\\\\server\\evil6.jpg"), "unsafe_path");
    EXPECT_EQ(offered.refused.at("2021009.jpg"), "link");
    EXPECT_EQ(offered.bytes.at("ok/2021001.jpg"), "good");
    EXPECT_EQ(offered.bytes.at("dir/2021002.jpg"), "fine") << "a Windows separator is a separator";

    // Nothing was written: not next to the zip, not in the working folder, not above them.
    EXPECT_EQ(test::listTree(tmp.path()), treeBefore);
    EXPECT_TRUE(fs::is_empty(tmp / "work"));
    for (const char* name : {"evil.jpg", "b.jpg", "evil2.jpg", "evil3.jpg", "x.jpg"}) {
        EXPECT_FALSE(fs::exists(tmp.path().parent_path() / name)) << name;
        EXPECT_FALSE(fs::exists(cwd / name)) << name;
    }
}

TEST(ZipPhotoSource, ConvertsGbkNamesWithoutTheUtf8Flag) {
    test::TempDir tmp;
    RawZipEntry gbk = test::storedEntry("\xD5\xC5\xC8\xFD_2021001.jpg", "a"); // 张三 in GBK
    // GBK whose second byte is a backslash (0x5C): 琛 = E8 A1 in UTF-8... 0xE8 0x5C in GBK.
    RawZipEntry backslash = test::storedEntry("\xE8\x5C_2021002.jpg", "b");
    RawZipEntry utf8 = test::storedEntry("李四_2021003.jpg", "c");
    utf8.flags = 0x0800;
    const auto offered =
        test::collect(*openPhotoSource(rawZip(tmp / "gbk.zip", {gbk, backslash, utf8})));
    EXPECT_EQ(offered.bytes.count("张三_2021001.jpg"), 1u);
    EXPECT_EQ(offered.bytes.count("李四_2021003.jpg"), 1u);
    EXPECT_EQ(offered.bytes.size(), 3u) << "the GBK 0x5C trail byte is no separator";
    EXPECT_TRUE(offered.refused.empty());
}

TEST(ZipPhotoSource, RefusesEntriesDeclaredOverTheEntryLimit) {
    test::TempDir tmp;
    ZipLimits limits;
    limits.maxEntryBytes = 100'000;
    const fs::path zip =
        rawZip(tmp / "big.zip", {test::storedEntry("big.jpg", randomBytes(100'001, 2)),
                                 test::deflatedEntry("fits.jpg", randomBytes(100'000, 3))});
    const auto offered = test::collect(*openPhotoSource(zip, limits));
    EXPECT_EQ(offered.refused.at("big.jpg"), "too_large_bytes");
    EXPECT_EQ(offered.bytes.at("fits.jpg").size(), 100'000u);
}

TEST(ZipPhotoSource, RefusesEncryptedAndUnsupportedEntries) {
    test::TempDir tmp;
    RawZipEntry encrypted = test::storedEntry("a.jpg", "x");
    encrypted.flags = 0x0001;
    RawZipEntry lzma = test::storedEntry("b.jpg", "x");
    lzma.method = 14;
    const auto offered =
        test::collect(*openPhotoSource(rawZip(tmp / "odd.zip", {encrypted, lzma})));
    EXPECT_EQ(offered.refused.at("a.jpg"), "unreadable");
    EXPECT_EQ(offered.refused.at("b.jpg"), "unreadable");
}

TEST(ZipPhotoSource, RefusesASecondEntryOfTheSameName) {
    test::TempDir tmp;
    const auto offered = test::collect(
        *openPhotoSource(rawZip(tmp / "twice.zip", {test::storedEntry("a.jpg", "first"),
                                                    test::storedEntry("a.jpg", "second")})));
    EXPECT_EQ(offered.bytes.at("a.jpg"), "first");
    EXPECT_EQ(offered.refused.at("a.jpg"), "duplicate_entry");
    EXPECT_EQ(offered.order.size(), 2u);
}

// 300 MB of zeros deflate to about 300 KB.
const RawZipEntry& zerosEntry() {
    static const RawZipEntry entry = test::deflatedZeros("2021001.jpg", 300ull * 1024 * 1024);
    return entry;
}

TEST(ZipPhotoSource, RefusesAnHonestZipBombUpFront) {
    test::TempDir tmp;
    ASSERT_LT(zerosEntry().data.size(), 400'000u);
    const fs::path zip = rawZip(tmp / "bomb.zip", {zerosEntry()});
    EXPECT_THAT(messageOf([&] { openPhotoSource(zip); }), HasSubstr("zip bomb"));
}

TEST(ZipPhotoSource, StopsInflatingAnEntryThatLiesAboutItsSize) {
    test::TempDir tmp;
    RawZipEntry liar = zerosEntry();
    liar.size = 1'000'000; // declared: 1 MB; ratio 3:1, nothing suspicious up front
    const fs::path zip = rawZip(tmp / "liar.zip", {test::storedEntry("2021000.jpg", "ok"), liar});
    auto source = openPhotoSource(zip);
    std::size_t accepted = 0;
    const std::string message = messageOf(
        [&] { source->forEach([&](PhotoEntry&&) { ++accepted; }, [](RefusedEntry&&) {}); });
    EXPECT_THAT(message, HasSubstr("zip bomb"));
    EXPECT_THAT(message, HasSubstr("more than its header declares"));
    EXPECT_EQ(accepted, 1u) << "the entry before it was offered, the bomb was not";
}

TEST(ZipPhotoSource, RefusesAZipWhoseTotalIsOverTheLimit) {
    test::TempDir tmp;
    ZipLimits limits;
    limits.maxTotalBytes = 1'000'000;
    const fs::path zip =
        rawZip(tmp / "total.zip", {test::storedEntry("a.jpg", randomBytes(400'000, 4)),
                                   test::storedEntry("b.jpg", randomBytes(400'000, 5)),
                                   test::storedEntry("c.jpg", randomBytes(400'000, 6))});
    EXPECT_THAT(messageOf([&] { openPhotoSource(zip, limits); }), HasSubstr("zip bomb"));
    limits.maxTotalBytes = 1'200'000;
    EXPECT_EQ(test::collect(*openPhotoSource(zip, limits)).bytes.size(), 3u);
}

TEST(ZipPhotoSource, RefusesAZipWhoseOverallRatioIsTooHigh) {
    test::TempDir tmp;
    // Each entry is under the per-entry floor; together they unpack 900:1.
    std::vector<RawZipEntry> entries;
    for (int i = 0; i < 20; ++i) {
        entries.push_back(test::deflatedZeros(std::to_string(2021000 + i) + ".jpg", 1'000'000));
    }
    const fs::path zip = rawZip(tmp / "many.zip", entries);
    EXPECT_THAT(messageOf([&] { openPhotoSource(zip); }), HasSubstr("zip bomb"));
    ZipLimits lenient;
    lenient.maxRatio = 2000;
    EXPECT_EQ(test::collect(*openPhotoSource(zip, lenient)).bytes.size(), 20u);
}

TEST(ZipPhotoSource, DamagedArchivesAndDamagedEntries) {
    test::TempDir tmp;
    const std::string good = test::writeZip({test::storedEntry("a.jpg", randomBytes(5000, 7)),
                                             test::deflatedEntry("b.jpg", std::string(5000, 'b'))});
    writeFile(tmp / "cut.zip", good.substr(0, good.size() / 2));
    EXPECT_THROW(openPhotoSource(tmp / "cut.zip"), UserError);

    std::string flipped = good; // a byte of a.jpg's data changed: the CRC no longer matches
    flipped[30 + 5 + 100] = static_cast<char>(flipped[30 + 5 + 100] ^ 1);
    writeFile(tmp / "crc.zip", flipped);
    // One damaged photo is refused as corrupt; the others in the archive still come through.
    const auto crc = test::collect(*openPhotoSource(tmp / "crc.zip"));
    EXPECT_EQ(crc.refused.at("a.jpg"), "corrupt");
    EXPECT_EQ(crc.bytes.count("b.jpg"), 1u);

    std::string badDeflate = good; // b.jpg's deflate stream overwritten
    const std::size_t b = good.find("b.jpg") + 5;
    std::fill(badDeflate.begin() + static_cast<std::ptrdiff_t>(b),
              badDeflate.begin() + static_cast<std::ptrdiff_t>(b + 10), '\xFF');
    writeFile(tmp / "deflate.zip", badDeflate);
    const auto deflate = test::collect(*openPhotoSource(tmp / "deflate.zip"));
    EXPECT_EQ(deflate.refused.at("b.jpg"), "corrupt");
    EXPECT_EQ(deflate.bytes.count("a.jpg"), 1u);

    std::string badDirectory = good; // the directory offset points past the end
    badDirectory[badDirectory.size() - 6] = '\x7F';
    writeFile(tmp / "directory.zip", badDirectory);
    EXPECT_THROW(openPhotoSource(tmp / "directory.zip"), UserError);
}

TEST(ZipPhotoSource, AnEmptyArchiveOffersNothing) {
    test::TempDir tmp;
    auto source = openPhotoSource(rawZip(tmp / "empty.zip", {}));
    EXPECT_EQ(source->size(), 0u);
    EXPECT_TRUE(test::collect(*source).order.empty());
}

} // namespace
} // namespace gp::intake
