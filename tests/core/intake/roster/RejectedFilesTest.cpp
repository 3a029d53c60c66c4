// Files that are no roster: each gives a UserError that names the supported formats (or says
// what to do), never a crash, a hang or an empty roster.
#include "core/intake/roster/SheetTable.h"
#include "tests/core/intake/roster/RosterTestSupport.h"
#include "tests/support/TempDir.h"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

using gp::intake::supportedRosterFormats;
using gp::test::readError;
using gp::test::writeBytes;
using testing::HasSubstr;

namespace {

class RejectedFiles : public testing::Test {
protected:
    void expectUnsupported(const std::string& name, const std::string& bytes) {
        writeBytes(dir / name, bytes);
        auto error = readError(dir / name);
        ASSERT_TRUE(error) << name;
        EXPECT_THAT(error->what(), HasSubstr("not in a supported format")) << name;
        EXPECT_THAT(error->what(), HasSubstr(".xlsx, .ods, .xls, .csv, .txt")) << name;
        EXPECT_THAT(error->what(), HasSubstr(name)) << name;
        EXPECT_FALSE(error->hint().empty()) << name;
    }

    gp::test::TempDir dir;
};

TEST(SupportedRosterFormats, NamesEveryReadableFormat) {
    EXPECT_STREQ(supportedRosterFormats(), ".xlsx, .ods, .xls, .csv, .txt");
}

TEST_F(RejectedFiles, APdfSavedAsXlsx) {
    expectUnsupported("名单.xlsx", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                                   "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
}

TEST_F(RejectedFiles, AnEmptyFile) {
    expectUnsupported("empty.csv", "");
}

TEST_F(RejectedFiles, RandomBytes) {
    std::mt19937 random(42);
    std::string bytes(4096, '\0');
    for (auto& byte : bytes) {
        byte = static_cast<char>(random());
    }
    expectUnsupported("random.xlsx", bytes);
    expectUnsupported("random.csv", bytes);
}

TEST_F(RejectedFiles, AJpegRenamedCsv) {
    std::string jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00", 20);
    std::mt19937 random(1);
    for (int i = 0; i < 2000; ++i) {
        jpeg.push_back(static_cast<char>(random()));
    }
    jpeg += "\xFF\xD9";
    expectUnsupported("photo.csv", jpeg);
}

TEST_F(RejectedFiles, AZipThatHoldsNoWorkbook) {
    {
        std::ofstream out(dir / "photos.xlsx", std::ios::binary);
        Poco::Zip::Compress zip(out, true);
        std::istringstream readme("2021001.jpg");
        zip.addFile(readme, Poco::DateTime(), Poco::Path("readme.txt"));
        zip.close();
    }
    auto error = readError(dir / "photos.xlsx");
    ASSERT_TRUE(error);
    EXPECT_THAT(error->what(), HasSubstr(".xlsx, .ods, .xls, .csv, .txt"));
}

TEST_F(RejectedFiles, AnOle2FileThatIsNoWorkbook) {
    // The bare header of a compound file with nothing behind it: FreeXL finds no workbook.
    std::string ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole2.resize(1536, '\0');
    writeBytes(dir / "doc.xls", ole2);
    EXPECT_TRUE(readError(dir / "doc.xls"));
}

TEST_F(RejectedFiles, Utf16TextSaysToSaveAsUtf8) {
    std::string utf16("\xFF\xFE"
                      "2\x00"
                      "0\x00",
                      6);
    writeBytes(dir / "unicode.txt", utf16);
    auto error = readError(dir / "unicode.txt");
    ASSERT_TRUE(error);
    EXPECT_THAT(error->what(), HasSubstr("UTF-16"));
    EXPECT_THAT(error->hint(), HasSubstr("CSV UTF-8"));
}

TEST_F(RejectedFiles, AMissingFileOrAFolder) {
    auto missing = readError(dir / "missing.xlsx");
    ASSERT_TRUE(missing);
    EXPECT_THAT(missing->what(), HasSubstr("Cannot read"));
    auto folder = readError(dir.path());
    ASSERT_TRUE(folder);
    EXPECT_THAT(folder->what(), HasSubstr("Cannot read"));
}

} // namespace
