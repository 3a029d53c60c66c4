// Intake at the scale of a provincial open university, timed end to end:
//  - a 100,000-row roster xlsx: read + validate + store (target: under 3 s);
//  - a folder of 10,000 JPEGs of 30-300 KB: probe + hash + match + store (target: under 30 s).
// Run: build/tests/benchmarks/intake_benchmark  (not part of ctest; prints its figures)
#include "core/common/Clock.h"
#include "core/intake/IdNumber.h"
#include "core/intake/PhotoIntake.h"
#include "core/intake/RosterImport.h"
#include "core/intake/roster/SheetTable.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"
#include "gradphoto/BuildInfo.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <xlsxwriter.h>

namespace {

namespace fs = std::filesystem;
using namespace gp;

const fs::path kRoot = fs::temp_directory_path() / "gradphoto-intake-benchmark";
const fs::path kColumns = fs::path(build::kSourceDir) / "templates" / "roster-columns.json";

std::string studentNo(int i) {
    return "2026" + std::to_string(1000000 + i);
}

std::string idNumber(int i) {
    // Unique: a birth date per thousand students, the sequence within it. Region 990101 is
    // fictional.
    const int k = i / 1000;
    char body[32];
    std::snprintf(body, sizeof body, "990101%04d%02d%02d%03d", (1990 + k / 12) % 10000, 1 + k % 12,
                  1 + (k * 7) % 28, i % 1000);
    return std::string(body) + intake::mod11_2CheckCharacter(body);
}

/// A 100,000-row roster with the columns a school sends (written once). inlineStrings: as
/// Java's POI streaming writer and other exporters write it, without a shared-string table.
fs::path roster(int rows, bool inlineStrings = false) {
    const auto file =
        kRoot / ("roster-" + std::to_string(rows) + (inlineStrings ? "-inline" : "") + ".xlsx");
    if (fs::exists(file)) {
        return file;
    }
    fs::create_directories(kRoot);
    lxw_workbook_options options{};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    auto* wb = workbook_new_opt(file.c_str(), &options);
    auto* ws = workbook_add_worksheet(wb, "名单");
    const char* headers[] = {"学号",     "姓名",     "性别",   "身份证号", "出生日期",
                             "民族",     "层次",     "专业",   "年级",     "教学点",
                             "班级",     "联系电话", "考生号", "采集码",   "毕业届别",
                             "邮寄地址", "备注",     "QQ",     "邮箱",     "学制"};
    for (lxw_col_t c = 0; c < 20; ++c) {
        worksheet_write_string(ws, 0, c, headers[c], nullptr);
    }
    for (int i = 0; i < rows; ++i) {
        const auto r = static_cast<lxw_row_t>(i + 1);
        const auto id = idNumber(i);
        const std::string birth = id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2);
        const std::string values[] = {studentNo(i),
                                      "学生" + std::to_string(i),
                                      (id[16] - '0') % 2 ? "男" : "女",
                                      id,
                                      birth,
                                      "汉族",
                                      "专升本",
                                      "计算机科学与技术",
                                      "2024",
                                      "教学点" + std::to_string(i % 40),
                                      "计科" + std::to_string(i % 300),
                                      "138" + std::to_string(10000000 + i),
                                      "2611010115" + std::to_string(1000 + i % 9000),
                                      "CJM" + std::to_string(i),
                                      "2026届",
                                      "陕西省西安市雁塔区示例路" + std::to_string(i % 500) + "号",
                                      "",
                                      "",
                                      "s" + std::to_string(i) + "@example.edu.cn",
                                      "2.5年"};
        for (lxw_col_t c = 0; c < 20; ++c) {
            worksheet_write_string(ws, r, c, values[c].c_str(), nullptr);
        }
    }
    workbook_close(wb);
    return file;
}

void RosterImport100k(benchmark::State& state) {
    const int rows = static_cast<int>(state.range(0));
    const auto file = roster(rows);
    const SystemClock clock;
    for (auto _ : state) {
        state.PauseTiming();
        fs::remove_all(kRoot / "ws-roster");
        auto ws = store::Workspace::create(kRoot / "ws-roster", {"bench", "chsi-2017", "b"}, clock);
        state.ResumeTiming();
        intake::RosterImportRequest request;
        request.file = file;
        request.columnsFile = kColumns;
        request.currentYear = 2026;
        const auto plan = intake::planRosterImport(*ws, request);
        const auto result = intake::applyRosterPlan(*ws, plan, false);
        if (result.added != static_cast<std::size_t>(rows)) {
            state.SkipWithError("not every row was imported");
        }
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(RosterImport100k)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(3);

void RosterRead100kInlineStrings(benchmark::State& state) {
    const auto file = roster(static_cast<int>(state.range(0)), true);
    for (auto _ : state) {
        const auto workbook = intake::readWorkbook(file);
        if (workbook.sheets.empty() || workbook.sheets[0].rows.size() < 100'000) {
            state.SkipWithError("rows were lost");
        }
    }
}
BENCHMARK(RosterRead100kInlineStrings)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(2);

/// 10,000 distinct JPEGs of 30-300 KB: 100 drawn photos of various sizes, each made unique
/// 100 times by a JPEG comment segment (written once).
fs::path photoFolder(int count) {
    const auto dir = kRoot / ("photos-" + std::to_string(count));
    if (fs::exists(dir / "done")) {
        return dir;
    }
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::mt19937 rng(42);
    std::vector<std::string> bases;
    for (int b = 0; b < 100; ++b) {
        const int w = 480 + (b % 10) * 120;
        cv::Mat img(w * 4 / 3, w, CV_8UC3);
        cv::randu(img, cv::Scalar::all(0), cv::Scalar::all(255));
        cv::GaussianBlur(img, img, cv::Size(0, 0), 2.0 + (b % 7));
        std::vector<uchar> bytes;
        cv::imencode(".jpg", img, bytes, {cv::IMWRITE_JPEG_QUALITY, 60 + (b % 4) * 10});
        bases.emplace_back(bytes.begin(), bytes.end());
    }
    for (int i = 0; i < count; ++i) {
        const auto& base = bases[static_cast<std::size_t>(i % 100)];
        const std::string comment = "gradphoto benchmark photo " + std::to_string(i);
        std::string bytes = base.substr(0, 2);
        bytes += "\xFF\xFE";
        const auto len = static_cast<unsigned>(comment.size() + 2);
        bytes += static_cast<char>(len >> 8);
        bytes += static_cast<char>(len & 0xFF);
        bytes += comment;
        bytes += base.substr(2);
        std::ofstream(dir / (studentNo(i) + ".jpg"), std::ios::binary) << bytes;
    }
    std::ofstream(dir / "done") << "";
    return dir;
}

void PhotoIntake10k(benchmark::State& state) {
    const int count = static_cast<int>(state.range(0));
    const auto dir = photoFolder(count);
    std::uintmax_t bytes = 0;
    std::uintmax_t smallest = ~0ull, largest = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() == ".jpg") {
            bytes += e.file_size();
            smallest = std::min(smallest, e.file_size());
            largest = std::max(largest, e.file_size());
        }
    }
    const SystemClock clock;
    for (auto _ : state) {
        state.PauseTiming();
        fs::remove_all(kRoot / "ws-photos");
        auto ws = store::Workspace::create(kRoot / "ws-photos", {"bench", "chsi-2017", "b"}, clock);
        {
            store::Transaction tx(ws->store());
            for (int i = 0; i < count; ++i) {
                domain::Student s;
                s.studentNo = studentNo(i);
                s.name = "学生";
                ws->store().students().add(s);
            }
            tx.commit();
        }
        state.ResumeTiming();
        intake::PhotoIntakeRequest request;
        request.source = dir;
        request.columnsFile = kColumns;
        const auto result = intake::importPhotos(*ws, request);
        if (result.count(intake::PhotoOutcome::NewVersion) != static_cast<std::size_t>(count)) {
            state.SkipWithError("not every photo was imported");
        }
    }
    state.counters["photos"] = static_cast<double>(count);
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
    state.counters["min_KB"] = static_cast<double>(smallest) / 1024.0;
    state.counters["max_KB"] = static_cast<double>(largest) / 1024.0;
}
BENCHMARK(PhotoIntake10k)->Arg(10'000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
