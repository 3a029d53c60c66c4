// The whole face analysis (decode, detect, landmarks, head top, person mask) and all face checks
// on one photo: a compliant 480×640 JPEG, and the same portrait as a 12-megapixel phone JPEG.
// Run by hand; Google Benchmark reports the median over repetitions.
#include "FaceFixtures.h"

#include <benchmark/benchmark.h>

#include <iostream>

namespace {

using namespace gp::test::face;

const char* const kPortrait = "portraits/hivision-test3.jpg";

void runWhole(benchmark::State& state, const std::string& bytes) {
    auto& shared = Shared::get();
    const auto checks = gp::checks::faceChecks();
    for (auto _ : state) {
        gp::checks::PhotoAnalysis a(bytes, "bench.jpg", shared.profile, *shared.models);
        for (const auto& c : checks) {
            auto o = c->run(a);
            benchmark::DoNotOptimize(o);
        }
    }
}

bool ready(benchmark::State& state) {
    if (!std::filesystem::exists(photosDir() / kPortrait)) {
        state.SkipWithError(("test photos not found: " + photosDir().string()).c_str());
        return false;
    }
    if (!Shared::get().models) {
        state.SkipWithError(Shared::get().missing.c_str());
        return false;
    }
    return true;
}

void BM_Faces480x640(benchmark::State& state) {
    if (!ready(state)) {
        return;
    }
    static const std::string bytes =
        encodeJpeg(place(analyseSource(photosDir() / kPortrait), {}), 90);
    runWhole(state, bytes);
}

void BM_Faces12Megapixel(benchmark::State& state) {
    if (!ready(state)) {
        return;
    }
    static const std::string bytes = [] {
        const cv::Mat photo = cv::imread((photosDir() / kPortrait).string());
        cv::Mat big;
        cv::resize(photo, big, cv::Size(3000, 4000), 0, 0, cv::INTER_CUBIC);
        return encodeJpeg(big, 90);
    }();
    runWhole(state, bytes);
}

} // namespace

BENCHMARK(BM_Faces480x640)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_Faces12Megapixel)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

BENCHMARK_MAIN();
