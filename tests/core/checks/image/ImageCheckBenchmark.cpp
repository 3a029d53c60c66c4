// All image checks on one compliant 480×640 synthetic portrait through a FixedCheckContext.
// Run by hand; the median of the repetitions is the figure to quote.
#include "SyntheticPortrait.h"
#include "core/checks/PhotoProfile.h"
#include "core/checks/measures/ImageChecks.h"

#include <benchmark/benchmark.h>

#include <filesystem>

namespace {

void BM_AllImageChecks(benchmark::State& state) {
    const auto profile = gp::checks::PhotoProfile::load(
        std::filesystem::path(GRADPHOTO_TEMPLATES_DIR) / "profiles" / "chsi-2017.json");
    const auto portrait = gp::test::drawPortrait();
    gp::test::FixedCheckContext context(profile);
    gp::test::fill(context, portrait, gp::test::encodeJpeg(portrait.image, 85, 300));
    const auto checks = gp::checks::imageChecks();
    for (auto _ : state) {
        for (const auto& check : checks) {
            benchmark::DoNotOptimize(check->run(context));
        }
    }
}
BENCHMARK(BM_AllImageChecks)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->DisplayAggregatesOnly(true);

} // namespace

BENCHMARK_MAIN();
