// The status workbook for a large campaign: 100,000 students in 200 centers, 60 % with a photo
// (all checked), half of those approved, a tenth rejected. Target (issue #7): under 10 s.
// Run by hand: build/tests/benchmarks/status_workbook_benchmark [--students N]
#include "core/common/Clock.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"
#include "reports/CampaignProgress.h"
#include "reports/ReportKinds.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <benchmark/benchmark.h>

#include <sstream>

namespace gp {
namespace {

void buildCampaign(store::Workspace& ws, int students, int centers) {
    auto& store = ws.store();
    store::Transaction tx(store);
    std::vector<domain::CenterId> ids;
    for (int c = 0; c < centers; ++c) {
        auto center = test::center("教学点" + std::to_string(1000 + c));
        ids.push_back(store.centers().add(center));
    }
    std::istringstream bytes("one stored photo for every version");
    const auto sha = ws.photos().put(bytes).sha256;
    for (int i = 0; i < students; ++i) {
        auto s = test::student(std::to_string(20260000000 + i), "学生" + std::to_string(i),
                               ids[static_cast<std::size_t>(i % centers)]);
        s.idNumber = "";
        const int kind = i % 10; // 0-3 none, 4-6 approved, 7 rejected, 8-9 awaiting review
        s.status = kind < 4   ? domain::StudentStatus::NotSubmitted
                   : kind < 7 ? domain::StudentStatus::Approved
                   : kind < 8 ? domain::StudentStatus::Retake
                              : domain::StudentStatus::AwaitingReview;
        store.students().add(s);
        if (kind < 4) {
            continue;
        }
        domain::PhotoVersion p;
        p.studentId = s.id;
        p.sha256 = sha;
        p.sourceName = s.studentNo + ".jpg";
        p.byteSize = 30000;
        p.image = {"jpeg", 480, 640, 1};
        p.importedAt = "2026-11-20T02:30:00.000Z";
        store.photoVersions().add(p);
        domain::CheckRun run;
        run.submissionId = p.id;
        run.profileId = "chsi-2017";
        run.profileVersion = 1;
        run.engineVersion = "bench";
        run.verdict = kind == 9 ? "fail" : "pass";
        run.startedAt = run.finishedAt = "2026-11-20T03:00:00.000Z";
        run.results = {{"file.size", "pass", "{}", "", "", "[]"}};
        if (kind == 9) {
            run.results.push_back({"framing.head_top", "fail", "{}", "", "head_too_high", "[]"});
        }
        store.checkRuns().save(run);
        if (kind >= 4 && kind <= 7) {
            domain::Decision d;
            d.studentId = s.id;
            d.submissionId = p.id;
            d.photoSha256 = sha;
            d.reviewer = "bench";
            d.decidedAt = "2026-11-20T06:00:00.000Z";
            d.kind = kind == 7 ? domain::DecisionKind::Reject : domain::DecisionKind::Approve;
            if (kind == 7) {
                d.reasonCodes = {"background_invalid", "eyes_closed"};
            }
            store.decisions().append(d);
        }
    }
    tx.commit();
}

void StatusWorkbook100k(benchmark::State& state) {
    const int students = static_cast<int>(state.range(0));
    test::TempDir tmp;
    SystemClock clock;
    auto ws = test::newWorkspace(tmp / "ws", clock);
    buildCampaign(*ws, students, 200);
    auto kinds = reports::allReportKinds(GRADPHOTO_TEMPLATES_DIR);
    for (auto _ : state) {
        reports::ReportRequest request;
        request.outputDir = tmp / "out";
        const auto result = kinds.front()->run(*ws, request);
        state.counters["students"] = static_cast<double>(result.counts.at("students"));
        state.counters["sheets_rows_per_s"] = benchmark::Counter(
            static_cast<double>(result.counts.at("students")), benchmark::Counter::kIsRate);
    }
}
BENCHMARK(StatusWorkbook100k)->Arg(100000)->Arg(20000)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

/// The reading alone: where every student stands.
void ReadProgress(benchmark::State& state) {
    const int students = static_cast<int>(state.range(0));
    test::TempDir tmp;
    SystemClock clock;
    auto ws = test::newWorkspace(tmp / "ws", clock);
    buildCampaign(*ws, students, 200);
    for (auto _ : state) {
        const auto progress = reports::CampaignProgress::read(*ws, std::nullopt, {});
        benchmark::DoNotOptimize(progress.centers.size());
    }
}
BENCHMARK(ReadProgress)->Arg(20000)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

} // namespace
} // namespace gp

BENCHMARK_MAIN();
