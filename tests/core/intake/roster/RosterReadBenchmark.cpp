// Times readWorkbook on a 100,000-row × 20-column roster xlsx (written once with
// libxlsxwriter into the temp folder and reused). Not a test; run it by hand:
//   build-roster/tests/core/intake/roster/roster_read_benchmark
#include "core/intake/roster/SheetTable.h"
#include "tests/core/intake/roster/XlsxFixture.h"

#include <benchmark/benchmark.h>

#include <filesystem>

namespace {

const std::filesystem::path& largeRoster() {
    static const std::filesystem::path file = [] {
        auto path = std::filesystem::temp_directory_path() / "gradphoto-roster-100000x20-v1.xlsx";
        if (!std::filesystem::exists(path)) {
            auto partial = path;
            partial += ".partial";
            gp::test::writeLargeRosterXlsx(partial, 100000);
            std::filesystem::rename(partial, path);
        }
        return path;
    }();
    return file;
}

void readLargeRosterXlsx(benchmark::State& state) {
    const auto& file = largeRoster();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto book = gp::intake::readWorkbook(file);
        rows = book.sheets.at(0).rows.size();
        benchmark::DoNotOptimize(book);
    }
    if (rows != 100001) {
        state.SkipWithError("the roster did not come back whole");
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(readLargeRosterXlsx)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

BENCHMARK_MAIN();
