// Checking a workspace: results stored per photo version and profile version, statuses moved
// on, current results skipped, a stop resumed, a missing original reported, a failing context
// reported without a crash.
#include "core/jobs/WorkspaceCheckJob.h"

#include "core/common/UserError.h"
#include "core/store/Transaction.h"
#include "gradphoto/BuildInfo.h"
#include "tests/support/FixedCheckContext.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>

namespace gp::jobs {
namespace {

namespace fs = std::filesystem;
using checks::CheckOutcome;
using checks::Verdict;

/// Fails photos whose bytes contain "bad", passes the others.
class BytesCheck final : public checks::Check {
public:
    std::string id() const override { return "test.bytes"; }
    CheckOutcome run(checks::CheckContext& c) const override {
        CheckOutcome o;
        o.checkId = id();
        const bool bad = c.bytes().find("bad") != std::string::npos;
        o.verdict = bad ? Verdict::Fail : Verdict::Pass;
        o.reasonCode = bad ? "blurred" : "";
        o.measures = {{"size", static_cast<double>(c.bytes().size()), "B"}};
        o.limit = "no \"bad\"";
        o.overlay = {{checks::OverlayShape::Kind::Box, {1, 2, 3, 4}, "x"}};
        return o;
    }
};

class CheckJob : public ::testing::Test {
protected:
    void SetUp() override {
        ws = test::newWorkspace(tmp / "w", clock);
        checkList.push_back(std::make_unique<BytesCheck>());
        factory = [this](const std::string& bytes, const std::string& name) {
            ++made;
            auto c = std::make_unique<test::FixedCheckContext>(profile);
            c->bytes_ = bytes;
            c->fileName_ = name;
            return std::unique_ptr<checks::CheckContext>(std::move(c));
        };
        for (int i = 0; i < 7; ++i) {
            addStudentWithPhoto("S" + std::to_string(i),
                                i == 3 ? "bad photo" : "photo " + std::to_string(i));
        }
        auto s = test::student("NOPHOTO", "无照片");
        ws->store().students().add(s);
    }

    domain::StudentId addStudentWithPhoto(const std::string& no, const std::string& bytes) {
        auto s = test::student(no, "学生");
        s.status = domain::StudentStatus::AwaitingCheck;
        ws->store().students().add(s);
        addPhoto(s.id, bytes);
        return s.id;
    }

    void addPhoto(domain::StudentId id, const std::string& bytes) {
        std::istringstream in(bytes);
        const auto stored = ws->photos().put(in);
        domain::PhotoVersion v;
        v.studentId = id;
        v.sha256 = stored.sha256;
        v.sourceName = "p.jpg";
        v.byteSize = stored.byteSize;
        v.importedAt = clock.nowIso();
        ws->store().photoVersions().add(v);
    }

    CheckJobResult run(CheckJobOptions options = {}) {
        return runWorkspaceChecks(*ws, profile, checkList, factory, options);
    }

    test::TempDir tmp;
    FixedClock clock = test::fixedClock();
    std::unique_ptr<store::Workspace> ws;
    checks::PhotoProfile profile = checks::PhotoProfile::load(
        fs::path(build::kSourceDir) / "templates" / "profiles" / "chsi-2017.json");
    checks::CheckList checkList;
    ContextFactory factory;
    std::atomic<int> made{0};
};

TEST_F(CheckJob, ChecksEveryLatestPhotoAndStoresTheResults) {
    const auto r = run();
    EXPECT_EQ(r.photos, 7u);
    EXPECT_EQ(r.checked, 7u);
    EXPECT_EQ(r.passed, 6u);
    EXPECT_EQ(r.failed, 1u);
    const auto s3 = ws->store().students().byStudentNo("S3");
    const auto run3 = ws->store().checkRuns().latestFor(
        ws->store().photoVersions().latestOf(s3->id)->id, "chsi-2017");
    ASSERT_TRUE(run3);
    EXPECT_EQ(run3->verdict, "fail");
    EXPECT_EQ(run3->profileVersion, profile.version());
    EXPECT_EQ(run3->engineVersion, kCheckEngineVersion);
    ASSERT_EQ(run3->results.size(), 1u);
    EXPECT_EQ(run3->results[0].reasonCode, "blurred");
    EXPECT_EQ(run3->results[0].valueJson, R"({"size":{"value":9,"unit":"B"}})");
    EXPECT_EQ(run3->results[0].overlayJson, R"([{"kind":"box","coords":[1,2,3,4],"label":"x"}])");
    EXPECT_EQ(s3->status, domain::StudentStatus::AwaitingReview) << "checked: waits for a reviewer";
}

TEST_F(CheckJob, OnlyWhatChangedIsCheckedAgain) {
    run();
    made = 0;
    auto again = run();
    EXPECT_EQ(again.current, 7u);
    EXPECT_EQ(again.checked, 0u);
    EXPECT_EQ(made.load(), 0);
    // A retake for one student: only that one.
    addPhoto(ws->store().students().byStudentNo("S3")->id, "good retake");
    again = run();
    EXPECT_EQ(again.checked, 1u);
    EXPECT_EQ(again.passed, 1u);
    // --all checks everything again; earlier runs are kept.
    CheckJobOptions all;
    all.all = true;
    EXPECT_EQ(run(all).checked, 7u);
    EXPECT_EQ(ws->store().checkRuns().count(), 7u + 1u + 7u);
}

TEST_F(CheckJob, AStoppedRunGoesOnWhereItStopped) {
    CheckJobOptions options;
    options.threads = 1;
    options.progress = [](std::size_t done, std::size_t) {
        return done < 3;
    };
    const auto first = run(options);
    EXPECT_TRUE(first.stopped);
    EXPECT_EQ(first.checked, 3u);
    const auto second = run();
    EXPECT_EQ(second.current, 3u);
    EXPECT_EQ(second.checked, 4u);
}

TEST_F(CheckJob, AMissingOriginalIsReportedNotCrashed) {
    const auto s0 = ws->store().students().byStudentNo("S0");
    const auto sha = ws->store().photoVersions().latestOf(s0->id)->sha256;
    fs::remove(ws->photos().pathOf(sha));
    const auto r = run();
    EXPECT_EQ(r.missingFiles, 1u);
    EXPECT_EQ(r.checked, 6u);
}

TEST_F(CheckJob, AFailingContextStopsTheJobWithItsErrorAndKeepsWhatWasDone) {
    CheckJobOptions options;
    options.threads = 1;
    factory = [this](const std::string& bytes, const std::string&) {
        if (bytes.find("bad") != std::string::npos) {
            throw UserError("The face model is missing.");
        }
        auto c = std::make_unique<test::FixedCheckContext>(profile);
        c->bytes_ = bytes;
        return std::unique_ptr<checks::CheckContext>(std::move(c));
    };
    EXPECT_THROW(run(options), UserError);
    EXPECT_GE(ws->store().checkRuns().count(), 1u) << "what was checked before stays";
}

} // namespace
} // namespace gp::jobs
