// pairs.csv: 136 real pairs of 9 people. At the profile's default thresholds every same-person
// pair is a match or needs review and no different-person pair is a match. Prints every
// distance it saw (the figures behind docs/calibration.md).
#include "FacesFixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>

namespace gp::test::faces {
namespace {

double distance(const std::vector<float>& a, const std::vector<float>& b) {
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return std::sqrt(s);
}

TEST(PairsCalibration, MeasuresEveryPair) {
    GP_REQUIRE_FACE_MODELS();
    auto& shared = Shared::get();
    gp::faces::ExtractionSettings settings;
    settings.mirrored = true;
    gp::faces::DescriptorExtractor extractor(*shared.models, settings);
    std::ifstream list(photosDir() / "pairs.csv");
    std::string line;
    std::getline(list, line);
    std::map<std::string, gp::faces::ExtractedFace> faces;
    auto face = [&](const std::string& file) -> const gp::faces::ExtractedFace& {
        auto it = faces.find(file);
        if (it == faces.end()) {
            it = faces.emplace(file, extractor.extract(readPhoto(file))).first;
            std::cout << file << " faces " << it->second.descriptor.faceCount << " mirror "
                      << distance(it->second.descriptor.descriptor, it->second.mirrored) << " note "
                      << it->second.descriptor.note << "\n";
        }
        return it->second;
    };
    while (std::getline(list, line)) {
        const auto c1 = line.find(',');
        const auto c2 = line.rfind(',');
        const auto a = line.substr(0, c1);
        const auto b = line.substr(c1 + 1, c2 - c1 - 1);
        const bool same = line.substr(c2 + 1) == "1";
        const double d = distance(face(a).descriptor.descriptor, face(b).descriptor.descriptor);
        std::cout << (same ? "SAME " : "DIFF ") << d << " " << a << " " << b << "\n";
    }
}

} // namespace
} // namespace gp::test::faces
