#include "SameFaceSearch.h"

#include "core/common/UserError.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>
#include <thread>

namespace gp::faces {
namespace {

constexpr std::size_t kBlockRows = 4;  // rows of one register block
constexpr std::size_t kBlockCols = 16; // columns of one register block (two 8-float vectors)
constexpr std::size_t kTileRows = 512; // rows of a tile: each column tile is reused by them all
constexpr std::size_t kTileCols = 512; // columns of a cache tile

// Eight floats as one SIMD value (GCC/Clang vector extension: one AVX register where the
// processor has AVX, two SSE registers otherwise).
typedef float Vec8 __attribute__((vector_size(32)));

// 4×16 dot products: 4 rows of a (row-major, dim floats each) against 16 columns packed
// k-major (bt[k * 16 + c]), the 8 sums kept in registers.
#define GP_DOT_BLOCK_BODY                                                                          \
    Vec8 s00{}, s01{}, s10{}, s11{}, s20{}, s21{}, s30{}, s31{};                                   \
    const float* a0 = a;                                                                           \
    const float* a1 = a + dim;                                                                     \
    const float* a2 = a + 2 * dim;                                                                 \
    const float* a3 = a + 3 * dim;                                                                 \
    for (std::size_t k = 0; k < dim; ++k) {                                                        \
        Vec8 b0, b1;                                                                               \
        std::memcpy(&b0, bt + k * kBlockCols, sizeof b0);                                          \
        std::memcpy(&b1, bt + k * kBlockCols + 8, sizeof b1);                                      \
        s00 += a0[k] * b0;                                                                         \
        s01 += a0[k] * b1;                                                                         \
        s10 += a1[k] * b0;                                                                         \
        s11 += a1[k] * b1;                                                                         \
        s20 += a2[k] * b0;                                                                         \
        s21 += a2[k] * b1;                                                                         \
        s30 += a3[k] * b0;                                                                         \
        s31 += a3[k] * b1;                                                                         \
    }                                                                                              \
    const Vec8* sums[] = {&s00, &s01, &s10, &s11, &s20, &s21, &s30, &s31};                         \
    for (std::size_t i = 0; i < 8; ++i) {                                                          \
        std::memcpy(out + i * 8, sums[i], sizeof(Vec8));                                           \
    }

using DotBlock = void (*)(const float*, const float*, std::size_t, float*);

void dotBlockBaseline(const float* a, const float* bt, std::size_t dim, float* out) {
    GP_DOT_BLOCK_BODY
}

#if defined(__GNUC__) && defined(__x86_64__)
// The same, compiled for AVX2 with fused multiply-add: one register per 8 sums.
__attribute__((target("avx2,fma"))) void dotBlockAvx2(const float* a, const float* bt,
                                                      std::size_t dim, float* out) {
    GP_DOT_BLOCK_BODY
}
#endif

/// The fastest version this processor runs.
DotBlock chooseDotBlock() {
#if defined(__GNUC__) && defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
        return dotBlockAvx2;
    }
#endif
    return dotBlockBaseline;
}

} // namespace

void DescriptorMatrix::add(const std::vector<float>& descriptor) {
    if (descriptor.size() != dimension) {
        throw UserError("A face descriptor has " + std::to_string(descriptor.size()) +
                            " values instead of " + std::to_string(dimension) + ".",
                        "Compute the descriptors again with `gradphoto-cli compare --all`.");
    }
    values.insert(values.end(), descriptor.begin(), descriptor.end());
}

std::vector<SameFacePair> findSameFaces(const DescriptorMatrix& m,
                                        const SameFaceSearchOptions& options) {
    const std::size_t n = m.rows();
    const std::size_t dim = m.dimension;
    if (n < 2) {
        return {};
    }
    // Rows padded to whole register blocks; the padding is never reported.
    const std::size_t padded = (n + kBlockCols - 1) / kBlockCols * kBlockCols;
    std::vector<float> rows(padded * dim, 0.0f);
    std::copy(m.values.begin(), m.values.end(), rows.begin());
    std::vector<float> norms(padded, 0.0f);
    for (std::size_t i = 0; i < n; ++i) {
        double s = 0;
        for (std::size_t k = 0; k < dim; ++k) {
            s += static_cast<double>(rows[i * dim + k]) * rows[i * dim + k];
        }
        norms[i] = static_cast<float>(s);
    }
    // Columns packed per block of 16, k-major within the block.
    std::vector<float> packed(padded * dim);
    for (std::size_t j0 = 0; j0 < padded; j0 += kBlockCols) {
        float* p = packed.data() + j0 * dim;
        for (std::size_t k = 0; k < dim; ++k) {
            for (std::size_t c = 0; c < kBlockCols; ++c) {
                p[k * kBlockCols + c] = rows[(j0 + c) * dim + k];
            }
        }
    }

    const float limit = static_cast<float>(options.maxDistance * options.maxDistance);
    const std::size_t tiles = (padded + kTileRows - 1) / kTileRows;
    std::atomic<std::size_t> nextTile{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::vector<SameFacePair> found;
    const DotBlock dotBlock = chooseDotBlock();
    auto worker = [&] {
        std::vector<SameFacePair> mine;
        float out[kBlockRows * kBlockCols];
        for (;;) {
            const std::size_t t = nextTile.fetch_add(1);
            if (t >= tiles || stop) {
                break;
            }
            if (options.cancelled && options.cancelled()) {
                stop = true;
                break;
            }
            const std::size_t r0 = t * kTileRows;
            const std::size_t r1 = std::min(padded, r0 + kTileRows);
            // Only columns right of the tile's first row: each pair once.
            const std::size_t firstCol = r0 / kBlockCols * kBlockCols;
            for (std::size_t c0 = firstCol; c0 < padded; c0 += kTileCols) {
                const std::size_t c1 = std::min(padded, c0 + kTileCols);
                for (std::size_t i = r0; i < r1; i += kBlockRows) {
                    for (std::size_t j = std::max(c0, i / kBlockCols * kBlockCols); j < c1;
                         j += kBlockCols) {
                        dotBlock(rows.data() + i * dim, packed.data() + j * dim, dim, out);
                        for (std::size_t r = 0; r < kBlockRows; ++r) {
                            const std::size_t a = i + r;
                            for (std::size_t c = 0; c < kBlockCols; ++c) {
                                const std::size_t b = j + c;
                                if (b <= a || b >= n || a >= n) {
                                    continue;
                                }
                                const float d2 =
                                    norms[a] + norms[b] - 2.0f * out[r * kBlockCols + c];
                                if (d2 <= limit) {
                                    mine.push_back({a, b, std::sqrt(std::max(0.0f, d2))});
                                }
                            }
                        }
                    }
                }
            }
        }
        std::lock_guard lock(mutex);
        found.insert(found.end(), mine.begin(), mine.end());
    };
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < std::max(1u, options.threads); ++i) {
        pool.emplace_back(worker);
    }
    for (auto& th : pool) {
        th.join();
    }
    std::sort(found.begin(), found.end(), [](const SameFacePair& x, const SameFacePair& y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return found;
}

} // namespace gp::faces
