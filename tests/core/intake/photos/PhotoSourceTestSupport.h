// Collecting what a PhotoSource offers, for the folder and zip tests.
#pragma once

#include "core/intake/photos/PhotoSource.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace gp::test {

struct Offered {
    std::vector<std::string> order;             ///< every path, accepted or refused, as offered
    std::map<std::string, std::string> bytes;   ///< accepted
    std::map<std::string, std::string> refused; ///< path -> problemCode
};

inline Offered collect(intake::PhotoSource& source) {
    Offered offered;
    source.forEach(
        [&](intake::PhotoEntry&& entry) {
            offered.order.push_back(entry.path);
            offered.bytes[entry.path] = std::move(entry.bytes);
        },
        [&](intake::RefusedEntry&& entry) {
            EXPECT_FALSE(entry.problem.empty()) << entry.path;
            offered.order.push_back(entry.path);
            offered.refused[entry.path] = entry.problemCode;
        });
    return offered;
}

inline void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

/// Every path under root (recursive, not following links), for "nothing was written" checks.
inline std::set<std::string> listTree(const std::filesystem::path& root) {
    std::set<std::string> paths;
    std::error_code error;
    for (auto it = std::filesystem::recursive_directory_iterator(root, error);
         it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        paths.insert(it->path().lexically_relative(root).generic_string());
    }
    return paths;
}

} // namespace gp::test
