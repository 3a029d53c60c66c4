#include "core/common/AtomicFile.h"

#include "core/common/Sha256.h"
#include "core/common/UserError.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace gp {
namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t filesIn(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST(AtomicFile, TargetAppearsOnlyOnCommit) {
    test::TempDir dir;
    const auto target = dir / "report.xlsx";
    {
        AtomicFile file(target);
        file.write("half of it");
        EXPECT_FALSE(fs::exists(target));
        EXPECT_TRUE(fs::exists(file.temporaryPath()));
        file.write(" and the rest");
        file.commit();
    }
    EXPECT_EQ(readAll(target), "half of it and the rest");
    EXPECT_EQ(filesIn(dir.path()), 1u);
}

TEST(AtomicFile, AbandonedWriteLeavesNothingAndKeepsTheOldFile) {
    test::TempDir dir;
    const auto target = dir / "status.xlsx";
    writeFileAtomically(target, "old");
    {
        AtomicFile file(target);
        file.write("new but unfinished");
    } // no commit: as if an exception left the scope
    EXPECT_EQ(readAll(target), "old");
    EXPECT_EQ(filesIn(dir.path()), 1u);
}

TEST(AtomicFile, KeepExistingNeverOverwrites) {
    test::TempDir dir;
    const auto target = dir / "photo";
    writeFileAtomically(target, "first");
    AtomicFile file(target);
    file.write("second");
    EXPECT_FALSE(file.commit(AtomicFile::Mode::KeepExisting));
    EXPECT_EQ(readAll(target), "first");
    EXPECT_EQ(filesIn(dir.path()), 1u);
}

TEST(AtomicFile, UnwritableFolderIsAUserError) {
    EXPECT_THROW(AtomicFile(fs::path("/proc/no-such-dir/file")), UserError);
}

TEST(Sha256, KnownDigests) {
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    std::istringstream in("abc");
    EXPECT_EQ(sha256Hex(in), sha256Hex("abc"));
}

TEST(Sha256, MissingFileIsAUserError) {
    EXPECT_THROW(sha256OfFile("/no/such/file.jpg"), UserError);
}

} // namespace
} // namespace gp
