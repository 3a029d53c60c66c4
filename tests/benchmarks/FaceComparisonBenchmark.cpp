// Face comparison speed (issue 5):
//  - one descriptor of a 480×640 photo, detection and 5-point alignment included, one thread
//    (target: median under 40 ms); with decoding; with the mirrored descriptor `compare` also
//    stores;
//  - the same-face search over 100,000 stored descriptors on 2 threads (target: under 60 s,
//    memory under 1 GB), and the whole duplicate search (hashes and faces) over 100,000 photos.
// Run: build/tests/benchmarks/face_comparison_benchmark  (not part of ctest; needs the face
// models and ../shared/testdata/photos)
#include "core/common/BlasKernel.h"
#include "core/faces/ComparisonPolicy.h"
#include "core/faces/DuplicateFinder.h"
#include "core/faces/HashPairSearch.h"
#include "core/faces/SameFaceSearch.h"
#include "tests/core/faces/FacesFixtures.h"

#include <benchmark/benchmark.h>

#include <random>
#include <sys/resource.h>

namespace {

using namespace gp;
namespace tf = gp::test::faces;

/// A 480×640 portrait: a real studio photo cut to 3:4 and scaled.
const cv::Mat& photo480x640() {
    static const cv::Mat image = [] {
        const cv::Mat src = tf::readPhoto("portraits/hivision-test3.jpg");
        const int h = std::min(src.rows, src.cols * 4 / 3);
        cv::Mat out;
        cv::resize(src(cv::Rect(0, 0, h * 3 / 4, h)), out, cv::Size(480, 640), 0, 0,
                   cv::INTER_AREA);
        return imaging::decodeImage(tf::encodeJpeg(out, 90));
    }();
    return image;
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_Descriptor480x640(benchmark::State& state) {
    auto& shared = tf::Shared::get();
    if (!shared.missing.empty()) {
        state.SkipWithError(shared.missing.c_str());
        return;
    }
    faces::DescriptorExtractor extractor(
        *shared.models, faces::ComparisonPolicy::fromProfile(shared.profile).extraction);
    const auto& image = photo480x640();
    int found = 0;
    for (auto _ : state) {
        const auto f = extractor.extract(image);
        found = f.descriptor.faceCount;
        benchmark::DoNotOptimize(f.descriptor.descriptor.data());
    }
    state.counters["faces"] = found;
}
BENCHMARK(BM_Descriptor480x640)->Unit(benchmark::kMillisecond)->Repetitions(5)->Iterations(10);

void BM_Descriptor480x640WithDecode(benchmark::State& state) {
    auto& shared = tf::Shared::get();
    if (!shared.missing.empty()) {
        state.SkipWithError(shared.missing.c_str());
        return;
    }
    faces::DescriptorExtractor extractor(
        *shared.models, faces::ComparisonPolicy::fromProfile(shared.profile).extraction);
    const auto bytes = tf::encodeJpeg(photo480x640(), 85);
    for (auto _ : state) {
        benchmark::DoNotOptimize(extractor.extract(bytes).descriptor.descriptor.data());
    }
}
BENCHMARK(BM_Descriptor480x640WithDecode)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->Iterations(10);

void BM_DescriptorAndMirrored480x640(benchmark::State& state) {
    auto& shared = tf::Shared::get();
    if (!shared.missing.empty()) {
        state.SkipWithError(shared.missing.c_str());
        return;
    }
    auto settings = faces::ComparisonPolicy::fromProfile(shared.profile).extraction;
    settings.mirrored = true;
    faces::DescriptorExtractor extractor(*shared.models, settings);
    const auto& image = photo480x640();
    for (auto _ : state) {
        benchmark::DoNotOptimize(extractor.extract(image).mirrored.data());
    }
}
BENCHMARK(BM_DescriptorAndMirrored480x640)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->Iterations(10);

/// n random descriptors (values as dlib's, about ±0.1) with a planted copy every 1000.
std::vector<std::vector<float>> descriptors(std::size_t n) {
    std::mt19937 rng(11);
    std::normal_distribution<float> value(0.0f, 0.09f);
    std::normal_distribution<float> jitter(0.0f, 0.005f);
    std::vector<std::vector<float>> out(n, std::vector<float>(128));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < 128; ++k) {
            out[i][k] = i % 1000 == 999 ? out[i - 500][k] + jitter(rng) : value(rng);
        }
    }
    return out;
}

void BM_SameFaceSearch(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    faces::DescriptorMatrix m;
    for (const auto& d : descriptors(n)) {
        m.add(d);
    }
    faces::SameFaceSearchOptions options;
    options.maxDistance = 0.25;
    options.threads = static_cast<unsigned>(state.range(1));
    std::size_t pairs = 0;
    for (auto _ : state) {
        pairs = faces::findSameFaces(m, options).size();
    }
    state.counters["pairs"] = static_cast<double>(pairs);
    state.counters["peak_rss_mb"] = peakRssMb();
    state.counters["pairs_per_s"] = benchmark::Counter(
        static_cast<double>(n) * static_cast<double>(n - 1) / 2.0, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SameFaceSearch)
    ->Args({20000, 1})
    ->Args({20000, 2})
    ->Args({100000, 2})
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();

void BM_NearHashSearch(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    std::mt19937_64 rng(5);
    std::vector<std::uint64_t> hashes(n);
    for (auto& h : hashes) {
        h = rng();
    }
    std::size_t pairs = 0;
    for (auto _ : state) {
        pairs = faces::findNearHashes(hashes, 18, 2).size();
    }
    state.counters["pairs"] = static_cast<double>(pairs);
}
BENCHMARK(BM_NearHashSearch)->Arg(100000)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

void BM_FindDuplicates(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    std::mt19937_64 rng(5);
    std::vector<faces::DuplicateCandidate> candidates(n);
    const auto faceValues = descriptors(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto& c = candidates[i];
        c.studentId = static_cast<std::int64_t>(i + 1);
        c.studentNo = std::to_string(2021000000 + i);
        c.sha256 = std::to_string(rng());
        faces::PerceptualHash h;
        const auto bits = rng();
        for (std::size_t b = 0; b < 8; ++b) {
            h.bits[b] = static_cast<std::uint8_t>(bits >> (8 * b));
        }
        c.hash = h;
        c.descriptor = faceValues[i];
    }
    faces::DuplicateSettings settings;
    settings.maxHamming = 18;
    settings.maxFaceDistance = 0.25;
    settings.nearIdenticalMaxFaceDistance = 0.5;
    settings.threads = 2;
    std::size_t groups = 0;
    for (auto _ : state) {
        groups = faces::findDuplicates(candidates, settings).size();
    }
    state.counters["groups"] = static_cast<double>(groups);
    state.counters["peak_rss_mb"] = peakRssMb();
}
BENCHMARK(BM_FindDuplicates)->Arg(100000)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    gp::preferFastBlasKernel(argv); // the kernels the programs use, see core/common/BlasKernel.h
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
