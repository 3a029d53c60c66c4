#include "DuplicateFinder.h"

#include "HashPairSearch.h"
#include "SameFaceSearch.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace gp::faces {

std::string_view toCode(DuplicateKind kind) {
    switch (kind) {
    case DuplicateKind::SameBytes:
        return "same_bytes";
    case DuplicateKind::NearIdentical:
        return "near_identical";
    case DuplicateKind::SameFace:
        return "same_face";
    }
    return "same_bytes";
}

namespace {

struct Pair {
    std::size_t a, b;
    double closeness;
};

/// Union-find over the pairs of one kind.
std::vector<DuplicateGroup> group(DuplicateKind kind, std::size_t n,
                                  const std::vector<Pair>& pairs) {
    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](std::size_t x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    std::map<std::size_t, double> closest;
    for (const auto& p : pairs) {
        const auto ra = find(p.a);
        const auto rb = find(p.b);
        if (ra != rb) {
            parent[std::max(ra, rb)] = std::min(ra, rb);
        }
    }
    std::map<std::size_t, DuplicateGroup> groups;
    for (const auto& p : pairs) {
        auto& g = groups[find(p.a)];
        if (g.members.empty()) {
            g.kind = kind;
            g.closest = p.closeness;
        }
        g.members.push_back(p.a);
        g.members.push_back(p.b);
        g.pairs.push_back({std::min(p.a, p.b), std::max(p.a, p.b), p.closeness});
        g.closest = std::min(g.closest, p.closeness);
    }
    std::vector<DuplicateGroup> out;
    for (auto& [root, g] : groups) {
        std::sort(g.members.begin(), g.members.end());
        g.members.erase(std::unique(g.members.begin(), g.members.end()), g.members.end());
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace

std::vector<DuplicateGroup> findDuplicates(const std::vector<DuplicateCandidate>& c,
                                           const DuplicateSettings& settings) {
    const std::size_t n = c.size();
    std::set<std::pair<std::size_t, std::size_t>> reported; // pairs of a stronger kind
    const auto differentStudents = [&](std::size_t a, std::size_t b) {
        return c[a].studentId != c[b].studentId;
    };

    // Same bytes: grouped by hash.
    std::vector<Pair> same;
    std::map<std::string, std::vector<std::size_t>> bySha;
    for (std::size_t i = 0; i < n; ++i) {
        bySha[c[i].sha256].push_back(i);
    }
    for (const auto& [sha, members] : bySha) {
        for (std::size_t x = 0; x < members.size(); ++x) {
            for (std::size_t y = x + 1; y < members.size(); ++y) {
                if (differentStudents(members[x], members[y])) {
                    same.push_back({members[x], members[y], 0});
                    reported.insert({members[x], members[y]});
                }
            }
        }
    }

    // Each face as the mirror-symmetric mean of its descriptor and its mirrored descriptor.
    DescriptorMatrix matrix;
    std::vector<std::size_t> rowOf;
    std::vector<std::ptrdiff_t> rowFor(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        if (c[i].descriptor.size() != matrix.dimension) {
            continue;
        }
        std::vector<float> v = c[i].descriptor;
        if (c[i].mirrored.size() == v.size()) {
            for (std::size_t k = 0; k < v.size(); ++k) {
                v[k] = 0.5f * (v[k] + c[i].mirrored[k]);
            }
        }
        matrix.add(v);
        rowFor[i] = static_cast<std::ptrdiff_t>(rowOf.size());
        rowOf.push_back(i);
    }
    // Near-identical: hashes within maxHamming bits, and the faces (if any) agree.
    const auto facesAgree = [&](std::size_t a, std::size_t b) {
        if (rowFor[a] < 0 || rowFor[b] < 0) {
            return true; // no face to tell them apart: the hash decides
        }
        const float* x =
            matrix.values.data() + static_cast<std::size_t>(rowFor[a]) * matrix.dimension;
        const float* y =
            matrix.values.data() + static_cast<std::size_t>(rowFor[b]) * matrix.dimension;
        double sum = 0;
        for (std::size_t k = 0; k < matrix.dimension; ++k) {
            sum += (x[k] - y[k]) * (x[k] - y[k]);
        }
        return std::sqrt(sum) <= settings.nearIdenticalMaxFaceDistance;
    };
    std::vector<Pair> near;
    std::vector<std::uint64_t> bits;
    std::vector<std::size_t> hashed; // candidate index of each hash
    for (std::size_t i = 0; i < n; ++i) {
        if (c[i].hash) {
            std::uint64_t v = 0;
            for (auto b : c[i].hash->bits) {
                v = (v << 8) | b;
            }
            bits.push_back(v);
            hashed.push_back(i);
        }
    }
    for (const auto& p : findNearHashes(bits, settings.maxHamming, settings.threads)) {
        const auto a = hashed[p.a];
        const auto b = hashed[p.b];
        if (differentStudents(a, b) && c[a].sha256 != c[b].sha256 && facesAgree(a, b)) {
            near.push_back({a, b, static_cast<double>(p.bits)});
            reported.insert({a, b});
        }
    }

    // Same face: searched in blocks.
    std::vector<Pair> faces;
    SameFaceSearchOptions search;
    search.maxDistance = settings.maxFaceDistance;
    search.threads = settings.threads;
    for (const auto& p : findSameFaces(matrix, search)) {
        const auto a = rowOf[p.a];
        const auto b = rowOf[p.b];
        if (differentStudents(a, b) && reported.count({a, b}) == 0) {
            faces.push_back({a, b, p.distance});
        }
    }

    std::vector<DuplicateGroup> out = group(DuplicateKind::SameBytes, n, same);
    for (auto& g : group(DuplicateKind::NearIdentical, n, near)) {
        out.push_back(std::move(g));
    }
    for (auto& g : group(DuplicateKind::SameFace, n, faces)) {
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace gp::faces
