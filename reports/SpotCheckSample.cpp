#include "SpotCheckSample.h"

#include "LayoutRow.h"
#include "ReportRun.h"
#include "core/common/UserError.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace gp::reports {

namespace {

const std::vector<std::string_view> kKeys = {
    "center",      "student_no", "name",        "sex",         "level",
    "major",       "class_name", "phone",       "approved_at", "photo_version",
    "call_result", "call_note",  "center_phone"};

/// SplitMix64's finaliser: a fixed, well-mixed 64-bit hash, the same everywhere.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// FNV-1a over the bytes of text.
std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t h = 0xCBF29CE484222325ULL;
    for (const auto c : text) {
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
    }
    return h;
}

double parseShare(const std::string& text, double fallback) {
    if (text.empty()) {
        return fallback;
    }
    double value = 0;
    std::size_t used = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || !(value > 0 && value <= 1)) {
        throw UserError("The share \"" + text + "\" is not a fraction between 0 and 1.",
                        "Give the share of approved students to phone as a fraction, e.g. "
                        "--share 0.05 for 5%.");
    }
    return value;
}

std::uint64_t parseSeed(const std::string& text) {
    const bool digits =
        !text.empty() && text.size() <= 19 &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) {
        throw UserError("The seed \"" + text + "\" is not a whole number.",
                        "Give a whole number of at most 19 digits, e.g. --seed 20261121, or leave "
                        "--seed out to use today's date.");
    }
    return std::stoull(text);
}

std::string shareText(double share) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", share);
    return text;
}

} // namespace

std::size_t sampleSize(std::size_t n, double share) {
    if (n == 0) {
        return 0;
    }
    const auto k = static_cast<std::size_t>(std::ceil(share * static_cast<double>(n) - 1e-9));
    return std::clamp<std::size_t>(k, 1, n);
}

std::vector<std::size_t> drawSample(const std::vector<std::string>& keys, double share,
                                    std::uint64_t seed) {
    const auto k = sampleSize(keys.size(), share);
    const auto salt = mix(seed);
    std::vector<std::pair<std::uint64_t, std::size_t>> ranked;
    ranked.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        ranked.emplace_back(mix(salt ^ fnv1a(keys[i])), i);
    }
    // Ties (equal hashes) are broken by the key itself, never by reading order.
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k), ranked.end(),
                      [&](const auto& a, const auto& b) {
                          return a.first != b.first ? a.first < b.first
                                                    : keys[a.second] < keys[b.second];
                      });
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < k; ++i) {
        out.push_back(ranked[i].second);
    }
    std::sort(out.begin(), out.end());
    return out;
}

ReportResult SpotCheckSample::run(store::Workspace& workspace, const ReportRequest& request) {
    ReportRun run(workspace, request, templates_, id());
    const auto& layout = run.layout();
    const auto sheet = layout.sheet("listSheet", kKeys);
    const double share = parseShare(run.option("share"), layout.number("defaultShare"));
    std::string seedText = run.option("seed");
    if (seedText.empty()) {
        const auto today = run.localNow(); // yyyy-mm-dd hh:mm
        seedText = today.substr(0, 4) + today.substr(5, 2) + today.substr(8, 2);
    }
    const auto seed = parseSeed(seedText);
    if (!run.readProgress()) {
        ReportResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }

    std::map<const CenterProgress*, std::vector<const StudentProgress*>> drawn;
    std::map<const CenterProgress*, std::size_t> approvedIn;
    std::size_t total = 0;
    std::size_t approvedTotal = 0;
    for (const auto& center : run.progress().centers) {
        std::vector<const StudentProgress*> approved;
        std::vector<std::string> keys;
        for (const auto& s : center.students) {
            if (s.approved()) {
                approved.push_back(&s);
                keys.push_back(s.student.studentNo);
            }
        }
        approvedIn[&center] = approved.size();
        approvedTotal += approved.size();
        auto& rows = drawn[&center];
        for (const auto i : drawSample(keys, share, seed)) {
            rows.push_back(approved[i]);
            ++total;
            run.recordProblems(center, *approved[i]);
            if (approved[i]->student.phone.empty()) {
                run.problem(center, approved[i]->student.studentNo, "no_student_phone");
            }
        }
    }

    const auto offset = run.utcOffsetMinutes();
    for (const auto& scope : run.scopes()) {
        auto book = run.openWorkbook(scope);
        auto& table = book->addTable(run.sheetName(sheet.name), sheet.xlsxColumns());
        LayoutRow row(table, sheet);
        std::vector<OverviewItem> items;
        items.push_back({layout.text("overview.seed"), seedText, std::nullopt});
        items.push_back({layout.text("overview.share"), shareText(share), std::nullopt});
        items.push_back(
            {layout.text("overview.rule"), layout.text("overview.ruleText"), std::nullopt});
        items.push_back(
            {layout.text("overview.repeat"),
             fillIn(layout.text("overview.repeatText"),
                    {{"workspace", workspace.layout().root.string()},
                     {"seed", seedText},
                     {"share", shareText(share)},
                     {"center", request.center ? " --center " + *request.center : std::string()}}),
             std::nullopt});
        for (const auto* center : scope.centers) {
            for (const auto* s : drawn[center]) {
                const auto& st = s->student;
                row.text("center", run.centerName(*center))
                    .text("student_no", st.studentNo)
                    .text("name", st.name)
                    .text("sex", st.sex)
                    .text("level", st.level)
                    .text("major", st.major)
                    .text("class_name", st.className)
                    .text("phone", st.phone)
                    .text("center_phone", center->center.phone);
                if (s->latestPhoto) {
                    row.count("photo_version", static_cast<std::size_t>(s->latestPhoto->version));
                }
                if (s->decision && s->decision->kind == domain::DecisionKind::Approve) {
                    row.time("approved_at", s->decision->decidedAt, offset);
                }
                row.write();
            }
            items.push_back({fillIn(layout.text("overview.centerApproved"),
                                    {{"center", run.centerName(*center)}}),
                             {},
                             static_cast<double>(approvedIn[center])});
            items.push_back(
                {fillIn(layout.text("overview.centerDrawn"), {{"center", run.centerName(*center)}}),
                 {},
                 static_cast<double>(drawn[center].size())});
        }
        run.addOverview(*book, scope, items);
        run.closeWorkbook(*book, scope);
    }
    auto result = run.finish({{"students", total},
                              {"approved", approvedTotal},
                              {"centers", run.progress().centers.size()},
                              {"seed", static_cast<std::size_t>(seed)}});
    return result;
}

} // namespace gp::reports
