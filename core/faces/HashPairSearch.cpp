#include "HashPairSearch.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <mutex>
#include <thread>

namespace gp::faces {
namespace {

constexpr std::size_t kRowsPerTask = 256;

using RowScan = void (*)(const std::uint64_t*, std::size_t, std::size_t, std::size_t, int,
                         std::vector<HashPair>&);

#define GP_ROW_SCAN_BODY                                                                           \
    for (std::size_t a = first; a < last; ++a) {                                                   \
        const std::uint64_t x = h[a];                                                              \
        for (std::size_t b = a + 1; b < n; ++b) {                                                  \
            const int d = std::popcount(x ^ h[b]);                                                 \
            if (d <= maxBits) {                                                                    \
                out.push_back({a, b, d});                                                          \
            }                                                                                      \
        }                                                                                          \
    }

void scanBaseline(const std::uint64_t* h, std::size_t n, std::size_t first, std::size_t last,
                  int maxBits, std::vector<HashPair>& out) {
    GP_ROW_SCAN_BODY
}

#if defined(__GNUC__) && defined(__x86_64__)
__attribute__((target("popcnt"))) void scanPopcnt(const std::uint64_t* h, std::size_t n,
                                                  std::size_t first, std::size_t last, int maxBits,
                                                  std::vector<HashPair>& out){GP_ROW_SCAN_BODY}
#endif

RowScan chooseScan() {
#if defined(__GNUC__) && defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("popcnt")) {
        return scanPopcnt;
    }
#endif
    return scanBaseline;
}

} // namespace

std::vector<HashPair> findNearHashes(const std::vector<std::uint64_t>& hashes, int maxBits,
                                     unsigned threads) {
    const std::size_t n = hashes.size();
    const RowScan scan = chooseScan();
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::vector<HashPair> found;
    auto worker = [&] {
        std::vector<HashPair> mine;
        for (;;) {
            const std::size_t first = next.fetch_add(kRowsPerTask);
            if (first >= n) {
                break;
            }
            scan(hashes.data(), n, first, std::min(n, first + kRowsPerTask), maxBits, mine);
        }
        std::lock_guard lock(mutex);
        found.insert(found.end(), mine.begin(), mine.end());
    };
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < std::max(1u, threads); ++i) {
        pool.emplace_back(worker);
    }
    for (auto& t : pool) {
        t.join();
    }
    std::sort(found.begin(), found.end(), [](const HashPair& x, const HashPair& y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return found;
}

} // namespace gp::faces
