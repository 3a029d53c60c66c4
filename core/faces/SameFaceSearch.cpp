#include "SameFaceSearch.h"

#include "core/common/UserError.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>

namespace gp::faces {
namespace {

constexpr std::size_t kBlockRows = 4;  // rows of one register block
constexpr std::size_t kBlockCols = 8;  // columns of one register block (one AVX register)
constexpr std::size_t kTileRows = 64;  // rows of a cache tile
constexpr std::size_t kTileCols = 512; // columns of a cache tile

// 4×8 dot products: rows a (4 rows of dim, row-major) against 8 columns packed k-major
// (bt[k * 8 + c]). Written so the compiler keeps the 32 sums in registers and vectorises over
// the 8 columns; cloned for AVX2/FMA and the baseline, picked at run time.
#if defined(__GNUC__) && defined(__x86_64__)
__attribute__((target_clones("arch=haswell", "default")))
#endif
void dotBlock(const float* a, const float* bt, std::size_t dim, float* out) {
    float acc[kBlockRows][kBlockCols] = {};
    for (std::size_t k = 0; k < dim; ++k) {
        const float* b = bt + k * kBlockCols;
        for (std::size_t r = 0; r < kBlockRows; ++r) {
            const float av = a[r * dim + k];
            for (std::size_t c = 0; c < kBlockCols; ++c) {
                acc[r][c] += av * b[c];
            }
        }
    }
    for (std::size_t r = 0; r < kBlockRows; ++r) {
        for (std::size_t c = 0; c < kBlockCols; ++c) {
            out[r * kBlockCols + c] = acc[r][c];
        }
    }
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
    // Columns packed per block of 8, k-major within the block.
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
                                const float d2 = norms[a] + norms[b] - 2.0f * out[r * 8 + c];
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
