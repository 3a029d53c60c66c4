// The blocked search finds exactly the pairs a plain comparison of every pair finds, for sizes
// that do and do not fill whole blocks and tiles, on one and on several threads.
#include "core/faces/SameFaceSearch.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace gp::faces {
namespace {

DescriptorMatrix randomDescriptors(std::size_t n, std::mt19937& rng) {
    std::normal_distribution<float> value(0.0f, 0.09f);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    std::vector<std::vector<float>> rows(n, std::vector<float>(128));
    for (auto& r : rows) {
        for (auto& v : r) {
            v = value(rng);
        }
    }
    // Plant near copies of some rows.
    std::normal_distribution<float> jitter(0.0f, 0.01f);
    for (std::size_t i = 0; i < n / 10; ++i) {
        const auto from = pick(rng);
        const auto to = pick(rng);
        for (std::size_t k = 0; k < 128; ++k) {
            rows[to][k] = rows[from][k] + jitter(rng);
        }
    }
    DescriptorMatrix m;
    for (const auto& r : rows) {
        m.add(r);
    }
    return m;
}

std::vector<SameFacePair> plainSearch(const DescriptorMatrix& m, double maxDistance) {
    std::vector<SameFacePair> out;
    for (std::size_t a = 0; a < m.rows(); ++a) {
        for (std::size_t b = a + 1; b < m.rows(); ++b) {
            double s = 0;
            for (std::size_t k = 0; k < m.dimension; ++k) {
                const double d = m.values[a * m.dimension + k] - m.values[b * m.dimension + k];
                s += d * d;
            }
            if (std::sqrt(s) <= maxDistance) {
                out.push_back({a, b, static_cast<float>(std::sqrt(s))});
            }
        }
    }
    return out;
}

TEST(SameFaceSearch, FindsExactlyThePairsEveryPairComparisonFinds) {
    std::mt19937 rng(7);
    for (std::size_t n : {2u, 9u, 63u, 200u, 1037u}) {
        const auto m = randomDescriptors(n, rng);
        const auto expected = plainSearch(m, 0.3);
        for (unsigned threads : {1u, 3u}) {
            SameFaceSearchOptions options;
            options.maxDistance = 0.3;
            options.threads = threads;
            const auto found = findSameFaces(m, options);
            ASSERT_EQ(found.size(), expected.size()) << n << " rows, " << threads << " threads";
            for (std::size_t i = 0; i < found.size(); ++i) {
                EXPECT_EQ(found[i].a, expected[i].a);
                EXPECT_EQ(found[i].b, expected[i].b);
                EXPECT_NEAR(found[i].distance, expected[i].distance, 1e-3);
            }
        }
        if (n >= 200) {
            EXPECT_FALSE(expected.empty()) << "the planted copies are found";
        }
    }
}

TEST(SameFaceSearch, ACancelledSearchStops) {
    std::mt19937 rng(3);
    const auto m = randomDescriptors(2000, rng);
    SameFaceSearchOptions options;
    options.maxDistance = 0.3;
    options.threads = 1;
    int polls = 0;
    options.cancelled = [&] {
        return ++polls > 2;
    };
    const auto partial = findSameFaces(m, options);
    EXPECT_EQ(polls, 3);
    EXPECT_LT(partial.size(), plainSearch(m, 0.3).size());
}

} // namespace
} // namespace gp::faces
