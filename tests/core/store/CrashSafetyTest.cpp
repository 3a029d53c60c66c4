// The SQLite way: kill a writer with SIGKILL in the middle of its work and prove that nothing
// was lost or half-written; read while another process writes and see only whole transactions.
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"
#include "core/store/sqlite/SqliteDatabase.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <optional>
#include <set>
#include <string>

namespace gp::store {
namespace {

using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

/// The helper process, its stdout read line by line.
class Writer {
public:
    Writer(const std::vector<std::string>& args)
        : handle_(Poco::Process::launch(WORKSPACE_WRITER, args, nullptr, &out_, nullptr)),
          stream_(out_) {}
    ~Writer() {
        if (!exitCode_) {
            killNow();
        }
    }

    /// Reads lines until one equals line; false if the process ended first.
    bool waitFor(const std::string& line) {
        std::string got;
        while (std::getline(stream_, got)) {
            if (got == line) {
                return true;
            }
        }
        return false;
    }
    void killNow() {
        ::kill(static_cast<pid_t>(handle_.id()), SIGKILL);
        wait();
    }
    int wait() {
        if (!exitCode_) {
            exitCode_ = handle_.wait();
        }
        return *exitCode_;
    }

private:
    Poco::Pipe out_;
    Poco::ProcessHandle handle_;
    Poco::PipeInputStream stream_;
    std::optional<int> exitCode_;
};

std::string integrity(const std::filesystem::path& ws) {
    SqliteDatabase db(ws / "workspace.db");
    std::string result;
    db.session() << "PRAGMA integrity_check", into(result), now;
    return result;
}

class CrashSafety : public ::testing::Test {
protected:
    void SetUp() override { test::newWorkspace(dir(), clock).reset(); }
    std::filesystem::path dir() const { return tmp.path() / "w"; }

    test::TempDir tmp;
    FixedClock clock = test::fixedClock();
};

TEST_F(CrashSafety, KilledInsideALargeTransactionLeavesNoTrace) {
    {
        Writer writer({"big-transaction", dir().string(), "200000"});
        ASSERT_TRUE(writer.waitFor("progress 50000")) << "the writer did not get going";
        writer.killNow();
    }
    EXPECT_EQ(integrity(dir()), "ok");
    auto ws = Workspace::open(dir(), clock);
    EXPECT_EQ(ws->store().students().count(true), 0u);
    EXPECT_EQ(ws->store().centers().count(), 0u);
    // And the workspace is writable again at once.
    auto c = test::center("恢复后教学点");
    EXPECT_NO_THROW(ws->store().centers().add(c));
}

TEST_F(CrashSafety, KilledJustAfterCommitKeepsEverything) {
    {
        Writer writer({"big-transaction", dir().string(), "20000"});
        ASSERT_TRUE(writer.waitFor("committed"));
        writer.killNow();
    }
    EXPECT_EQ(integrity(dir()), "ok");
    auto ws = Workspace::open(dir(), clock);
    EXPECT_EQ(ws->store().students().count(true), 20000u);
    EXPECT_EQ(ws->store().centers().count(), 1u);
}

TEST_F(CrashSafety, KilledWhileStoringAPhotoLeavesNoPartialPhoto) {
    {
        Writer writer({"endless-photo", dir().string()});
        ASSERT_TRUE(writer.waitFor("writing"));
        writer.killNow();
    }
    auto ws = Workspace::open(dir(), clock);
    EXPECT_EQ(ws->photos().usage().files, 0u) << "no photo under a hash name";
    // The half-written temporary is cleaned once it is old enough to be surely abandoned.
    EXPECT_EQ(ws->photos().removeAbandonedTemporaries(std::chrono::seconds(0)), 1u);
}

TEST_F(CrashSafety, AReaderSeesOnlyWholeTransactionsWhileAnotherProcessWrites) {
    const auto stop = tmp / "stop";
    Writer writer({"center-batches", dir().string(), stop.string()});
    ASSERT_TRUE(writer.waitFor("started"));
    auto ws = Workspace::open(dir(), clock);
    std::set<std::size_t> seen;
    std::size_t lastCenters = 0;
    // Read until 50 different snapshots were seen while the writer was busy.
    for (int reads = 0; reads < 1'000'000 && seen.size() < 50; ++reads) {
        std::size_t centers = 0;
        std::size_t students = 0;
        {
            Transaction snapshot(ws->store(), Transaction::Kind::Read);
            centers = ws->store().centers().count();
            students = ws->store().students().count(true);
            snapshot.commit();
        }
        ASSERT_EQ(students, centers * 10) << "a half-written batch was visible";
        ASSERT_GE(centers, lastCenters) << "a reader went back in time";
        lastCenters = centers;
        seen.insert(centers);
    }
    std::ofstream(stop) << "enough";
    EXPECT_EQ(writer.wait(), 0);
    EXPECT_GE(seen.size(), 50u) << "the reader did not overlap the writer";
    const auto centers = ws->store().centers().count();
    EXPECT_GE(centers, lastCenters);
    EXPECT_EQ(ws->store().students().count(true), centers * 10);
}

} // namespace
} // namespace gp::store
