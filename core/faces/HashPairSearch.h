// The pairs of 64-bit perceptual hashes within a Hamming distance, over a whole workspace: every
// pair is compared (exact), one XOR and one popcount a pair (the processor's POPCNT instruction
// where it has one, chosen at run time), rows shared out to several threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gp::faces {

struct HashPair {
    std::size_t a = 0; ///< indices into the hashes, a < b
    std::size_t b = 0;
    int bits = 0; ///< Hamming distance
};

/// Every pair (a < b) at most maxBits apart, sorted by (a, b).
std::vector<HashPair> findNearHashes(const std::vector<std::uint64_t>& hashes, int maxBits,
                                     unsigned threads);

} // namespace gp::faces
