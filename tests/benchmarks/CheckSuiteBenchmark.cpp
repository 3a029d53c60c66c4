// The whole check suite as the workspace runs it: photo analysis (decode, faces, landmarks,
// head top, mask) plus every face and image check.
//  - a compliant 480×640 JPEG derived from a real portrait (target: median under 60 ms);
//  - the same photo as a 12-megapixel JPEG (target: under 250 ms);
//  - a workspace of 200 photos on 1 and on 2 threads (target: 2 threads ≥ 1.7× one).
//  - Breakdown480x640: the stages and the checks that cost at least 0.2 ms, as counters (ms).
// Run: build/tests/benchmarks/check_suite_benchmark  (not part of ctest; needs the face models
// and ../shared/testdata/photos)
#include "core/checks/PhotoVerdict.h"
#include "core/checks/analysis/PhotoAnalysis.h"
#include "core/checks/measures/FaceChecks.h"
#include "core/checks/measures/ImageChecks.h"
#include "core/common/Sha256.h"
#include "core/jobs/WorkspaceCheckJob.h"
#include "core/store/Transaction.h"
#include "tests/core/checks/face/FaceFixtures.h"

#include <benchmark/benchmark.h>

#include <ctime>
#include <filesystem>
#include <map>
#include <opencv2/imgproc.hpp>

namespace {

namespace fs = std::filesystem;
using namespace gp;

const fs::path kPortrait = test::face::photosDir() / "portraits" / "hivision-test3.jpg";

checks::CheckList suite() {
    auto list = checks::faceChecks();
    for (auto& c : checks::imageChecks()) {
        list.push_back(std::move(c));
    }
    return list;
}

const std::string& compliantJpeg() {
    static const std::string bytes =
        test::face::encodeJpeg(test::face::place(test::face::analyseSource(kPortrait), {}), 85);
    return bytes;
}

const std::string& phoneJpeg() {
    static const std::string bytes = [] {
        cv::Mat big;
        cv::resize(test::face::place(test::face::analyseSource(kPortrait), {}), big,
                   cv::Size(3000, 4000), 0, 0, cv::INTER_CUBIC);
        return test::face::encodeJpeg(big, 92);
    }();
    return bytes;
}

void runSuite(benchmark::State& state, const std::string& bytes) {
    auto& shared = test::face::Shared::get();
    const auto checks = suite();
    for (auto _ : state) {
        checks::PhotoAnalysis analysis(bytes, "photo.jpg", shared.profile, *shared.models);
        benchmark::DoNotOptimize(checks::runChecks(checks, analysis));
    }
}

void WholeSuite480x640(benchmark::State& state) {
    runSuite(state, compliantJpeg());
}
BENCHMARK(WholeSuite480x640)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

void WholeSuite12Megapixel(benchmark::State& state) {
    runSuite(state, phoneJpeg());
}
BENCHMARK(WholeSuite12Megapixel)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

/// Where the 480×640 time goes: each analysis stage and each check, in the suite's order (a
/// check's time excludes the shared inputs the stages before it computed), as counters in ms of
/// this thread's CPU time (so that other load on the machine does not inflate them).
void Breakdown480x640(benchmark::State& state) {
    auto& shared = test::face::Shared::get();
    const auto checks = suite();
    std::map<std::string, double> total;
    const auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
    };
    for (auto _ : state) {
        checks::PhotoAnalysis a(compliantJpeg(), "photo.jpg", shared.profile, *shared.models);
        double t = cpuMs();
        const auto lap = [&](const std::string& name) {
            const double now = cpuMs();
            total[name] += now - t;
            t = now;
        };
        a.image();
        lap("decode");
        a.faces();
        lap("faces");
        a.landmarks();
        lap("landmarks");
        a.headTop();
        lap("head_top");
        a.personMask();
        lap("mask");
        a.labImage();
        lap("lab");
        a.personDistance();
        lap("distance");
        for (const auto& check : checks) {
            benchmark::DoNotOptimize(check->run(a));
            lap(check->id());
        }
    }
    for (const auto& [name, sum] : total) {
        if (sum / static_cast<double>(state.iterations()) >= 0.2) {
            state.counters[name] = sum / static_cast<double>(state.iterations());
        }
    }
}
BENCHMARK(Breakdown480x640)->Unit(benchmark::kMillisecond)->Iterations(20);

/// 200 distinct photos (a JPEG comment makes each unique) in a fresh workspace.
void WorkspaceThreads(benchmark::State& state) {
    const auto threads = static_cast<unsigned>(state.range(0));
    auto& shared = test::face::Shared::get();
    const auto checks = suite();
    const SystemClock clock;
    const auto dir = fs::temp_directory_path() / "gradphoto-check-benchmark";
    for (auto _ : state) {
        state.PauseTiming();
        fs::remove_all(dir);
        auto ws = store::Workspace::create(dir, {"bench", "chsi-2017", "b"}, clock);
        {
            store::Transaction tx(ws->store());
            const auto& base = compliantJpeg();
            for (int i = 0; i < 200; ++i) {
                domain::Student s;
                s.studentNo = std::to_string(2026000 + i);
                s.name = "学生";
                ws->store().students().add(s);
                const std::string comment = "photo " + std::to_string(i);
                std::string bytes = base.substr(0, 2) + "\xFF\xFE" + static_cast<char>(0) +
                                    static_cast<char>(comment.size() + 2) + comment +
                                    base.substr(2);
                const auto stored = ws->photos().put(bytes, sha256Hex(bytes));
                domain::PhotoVersion v;
                v.studentId = s.id;
                v.sha256 = stored.sha256;
                v.sourceName = s.studentNo + ".jpg";
                v.byteSize = stored.byteSize;
                v.importedAt = clock.nowIso();
                ws->store().photoVersions().add(v);
            }
            tx.commit();
        }
        state.ResumeTiming();
        jobs::CheckJobOptions options;
        options.threads = threads;
        const auto factory = [&](const std::string& bytes, const std::string& name) {
            return std::unique_ptr<checks::CheckContext>(
                new checks::PhotoAnalysis(bytes, name, shared.profile, *shared.models));
        };
        const auto r = jobs::runWorkspaceChecks(*ws, shared.profile, checks, factory, options);
        state.counters["photos_per_s"] =
            benchmark::Counter(static_cast<double>(r.checked), benchmark::Counter::kIsRate);
    }
}
BENCHMARK(WorkspaceThreads)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

} // namespace

BENCHMARK_MAIN();
