// The pairs of descriptors closer than a distance, over a whole workspace: every pair is
// compared (exact, no pair missed), but as blocked matrix products — a tile of rows against a
// tile of columns kept in cache, 4×16 dot products per step in SIMD registers (AVX2/FMA where
// the processor has it, chosen at run time) — on several threads. 100,000 descriptors are
// 5·10⁹ pairs; see tests/benchmarks/FaceComparisonBenchmark.cpp for the time it takes.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace gp::faces {

/// Descriptors as one row-major matrix: rows × dimension floats.
struct DescriptorMatrix {
    std::size_t dimension = 128;
    std::vector<float> values;

    std::size_t rows() const { return dimension == 0 ? 0 : values.size() / dimension; }
    void add(const std::vector<float>& descriptor); ///< must have `dimension` values
};

struct SameFacePair {
    std::size_t a = 0; ///< row indices, a < b
    std::size_t b = 0;
    float distance = 0;
};

struct SameFaceSearchOptions {
    double maxDistance = 0;
    unsigned threads = 2;
    /// Polled between tiles; returning true stops the search (the result is then partial).
    std::function<bool()> cancelled;
};

/// Every pair (a < b) of rows at Euclidean distance ≤ maxDistance, sorted by (a, b).
std::vector<SameFacePair> findSameFaces(const DescriptorMatrix& descriptors,
                                        const SameFaceSearchOptions& options);

} // namespace gp::faces
