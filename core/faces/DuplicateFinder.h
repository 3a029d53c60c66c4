// Signs of someone else's photo or a reused one, across students (never within one student's
// own versions):
//   same_bytes     the same file (SHA-256) for two students;
//   near_identical perceptual hashes within duplicate_hash_max_hamming bits and, when both
//                  show a face, faces within the match threshold: one photo re-saved,
//                  re-compressed, rescaled or slightly cropped (the face condition keeps two
//                  different people on look-alike backdrops from being taken for one photo);
//   same_face      face descriptors within duplicate_face_max_distance, well under the match
//                  threshold: the same face in another photo. Each face is searched as the mean
//                  of its descriptor and its mirrored descriptor, which a mirrored copy shares,
//                  so flipping a photo does not hide it.
// A pair is reported under its strongest kind only; pairs of one kind are joined into groups.
#pragma once

#include "PerceptualHash.h"

#include <optional>
#include <string>
#include <vector>

namespace gp::faces {

struct DuplicateCandidate {
    std::int64_t studentId = 0;
    std::string studentNo; ///< 学号
    std::int64_t photoVersionId = 0;
    std::string sha256;
    std::optional<PerceptualHash> hash;
    std::vector<float> descriptor; ///< empty without exactly one face
    std::vector<float> mirrored;   ///< empty when not computed
};

enum class DuplicateKind { SameBytes, NearIdentical, SameFace };
std::string_view toCode(DuplicateKind kind);

/// Two candidates found alike, with how close: Hamming bits, or descriptor distance.
struct DuplicatePair {
    std::size_t a = 0, b = 0; ///< indices into the candidates, a < b
    double closeness = 0;
};

struct DuplicateGroup {
    DuplicateKind kind = DuplicateKind::SameBytes;
    std::vector<std::size_t> members; ///< indices into the candidates, ascending
    double closest = 0;               ///< the closest pair: Hamming bits, or descriptor distance
    std::vector<DuplicatePair> pairs; ///< the pairs found alike; members may be joined by a chain
};

struct DuplicateSettings {
    int maxHamming = 0;
    double maxFaceDistance = 0;              ///< same face
    double nearIdenticalMaxFaceDistance = 0; ///< near-identical: faces at most this far apart
    unsigned threads = 2;
};

/// Groups ordered by kind, then by their first member.
std::vector<DuplicateGroup> findDuplicates(const std::vector<DuplicateCandidate>& candidates,
                                           const DuplicateSettings& settings);

} // namespace gp::faces
