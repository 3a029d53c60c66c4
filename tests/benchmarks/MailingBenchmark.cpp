// Mailing PDFs (target: at least 50 photos per second on one thread):
//  - the print sheets alone for 160 photos (10 A4 pages), decoding each photo and embedding it;
//  - a whole mailing run for one center of 200 approved students: reading and hash-checking
//    the stored files, the sheets, cover, label, packing list, zip, batch and statuses.
// Run: build/tests/benchmarks/mailing_benchmark  (not part of ctest); photos/s is the rate.
#include "reports/packages/MailingDocuments.h"
#include "reports/packages/MailingPackage.h"
#include "tests/reports/packages/PackageWorkspace.h"

#include <benchmark/benchmark.h>

namespace {

namespace fs = std::filesystem;
using namespace gp;

const fs::path kTemplates = fs::path(GRADPHOTO_TEMPLATES_DIR);

void PrintSheets160Photos(benchmark::State& state) {
    const auto tmpl = reports::TemplateFile::load(kTemplates / "reports" / "mailing.json");
    const reports::PrintSheetLayout layout(tmpl);
    std::vector<reports::SheetPhoto> photos;
    for (unsigned i = 0; i < 160; ++i) {
        photos.push_back({"学生" + std::to_string(i), "2026" + std::to_string(100000 + i),
                          test::inBandJpeg(i % 16), true});
    }
    std::size_t bytes = 0;
    for (auto _ : state) {
        const auto pdf = reports::printSheetsPdf(
            tmpl, layout, {{"center", "东区教学点"}, {"batch", "MAIL"}}, photos);
        bytes = pdf.size();
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["photos/s"] =
        benchmark::Counter(double(photos.size()), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["pdf_MB"] = double(bytes) / 1024.0 / 1024.0;
}
BENCHMARK(PrintSheets160Photos)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();

void MailingRun200Students(benchmark::State& state) {
    std::size_t photos = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto w = std::make_unique<test::PackageWorkspace>();
        const auto center = w->addCenter("东区教学点", true);
        for (int i = 0; i < 200; ++i) {
            const auto s = w->addStudent(std::to_string(2026000000 + i), "学生", center, "");
            w->decide(w->addPhoto(s, test::inBandJpeg(unsigned(i % 16)), 480, 640),
                      domain::DecisionKind::Approve);
        }
        reports::ReportRequest request;
        request.outputDir = w->dir() / "out";
        state.ResumeTiming();
        const auto result = reports::MailingPackage(kTemplates).run(w->ws(), request);
        photos = result.counts.at("photos");
        state.PauseTiming();
        w.reset();
        state.ResumeTiming();
    }
    state.counters["photos/s"] =
        benchmark::Counter(double(photos), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(MailingRun200Students)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
