// Times the intake path: probeImage on typical submissions, decodeImage on a phone photo.
// Intake of 10,000 JPEGs of 30-300 KB must take < 30 s including hashing, so probing a
// 100 KB JPEG should cost about 1 ms.
#include "core/imaging/ImageDecoder.h"
#include "core/imaging/ImageProbe.h"
#include "tests/core/imaging/ImageFixtures.h"

#include <benchmark/benchmark.h>

#include <cstdlib>

namespace {

// The JPEG quality whose file is closest to targetBytes.
std::string jpegNear(const cv::Mat& image, std::size_t targetBytes) {
    std::string best;
    for (int quality = 98; quality >= 20; quality -= 2) {
        std::string bytes = gp::test::jpeg(image, quality);
        const auto distance = [&](const std::string& b) {
            return b.size() > targetBytes ? b.size() - targetBytes : targetBytes - b.size();
        };
        if (best.empty() || distance(bytes) < distance(best)) {
            best = std::move(bytes);
        }
    }
    return best;
}

void probe(benchmark::State& state, const std::string& bytes) {
    for (auto _ : state) {
        auto result = gp::imaging::probeImage(bytes);
        if (!result.ok) {
            state.SkipWithError(result.problem.c_str());
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.counters["file_KB"] = static_cast<double>(bytes.size()) / 1024.0;
}

void BM_ProbeJpeg1200x1600(benchmark::State& state) {
    static const std::string bytes = jpegNear(gp::test::drawPortrait(1200, 1600, 10), 100 * 1024);
    probe(state, bytes);
}
BENCHMARK(BM_ProbeJpeg1200x1600)->Unit(benchmark::kMillisecond);

void BM_ProbeJpeg480x640(benchmark::State& state) {
    static const std::string bytes = gp::test::jpeg(gp::test::drawPortrait(480, 640, 4), 80);
    probe(state, bytes);
}
BENCHMARK(BM_ProbeJpeg480x640)->Unit(benchmark::kMillisecond);

void decode(benchmark::State& state, int minLongSide) {
    static const std::string bytes =
        gp::test::withExifOrientation(gp::test::jpeg(gp::test::drawPortrait(4000, 3000, 6), 90), 6);
    for (auto _ : state) {
        cv::Mat image = gp::imaging::decodeImage(bytes, {.minLongSide = minLongSide});
        benchmark::DoNotOptimize(image.data);
    }
    state.counters["file_KB"] = static_cast<double>(bytes.size()) / 1024.0;
}

void BM_Decode12MpFull(benchmark::State& state) {
    decode(state, 0);
}
BENCHMARK(BM_Decode12MpFull)->Unit(benchmark::kMillisecond);

void BM_Decode12MpMinLongSide1000(benchmark::State& state) {
    decode(state, 1000);
}
BENCHMARK(BM_Decode12MpMinLongSide1000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
