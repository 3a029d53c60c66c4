// The real photos in ../shared/testdata/photos (read in place, never copied).
#include "core/imaging/ImageDecoder.h"
#include "core/imaging/ImageProbe.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <sstream>

namespace gp::imaging {
namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<fs::path> realPhotos() {
    std::vector<fs::path> photos;
    const fs::path root = GRADPHOTO_TESTDATA_PHOTOS;
    for (const char* folder : {"portraits", "identities"}) {
        if (!fs::is_directory(root / folder)) {
            continue;
        }
        for (const auto& entry : fs::directory_iterator(root / folder)) {
            if (entry.path().extension() == ".jpg") {
                photos.push_back(entry.path());
            }
        }
    }
    std::sort(photos.begin(), photos.end());
    return photos;
}

TEST(RealPhotos, ProbeAndDecodeAgreeWithOpenCv) {
    const auto photos = realPhotos();
    if (photos.empty()) {
        GTEST_SKIP() << "no real photos at " << GRADPHOTO_TESTDATA_PHOTOS;
    }
    EXPECT_EQ(photos.size(), 25u);
    for (const auto& path : photos) {
        const std::string bytes = readFile(path);
        const ImageProbe probe = probeImage(bytes);
        ASSERT_TRUE(probe.ok) << path << ": " << probe.problem;
        // Named .jpg, but two are not JPEGs: the format comes from the content.
        const std::string name = path.filename().string();
        EXPECT_EQ(probe.format, name == "hivision-test1.jpg"   ? "webp"
                                : name == "hivision-test2.jpg" ? "png"
                                                               : "jpeg")
            << path;
        // An independent reading of the size, as stored.
        const cv::Mat reference =
            cv::imread(path.string(), cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION);
        EXPECT_EQ(probe.width, reference.cols) << path;
        EXPECT_EQ(probe.height, reference.rows) << path;
        const cv::Mat decoded = decodeImage(bytes, {.applyOrientation = false});
        EXPECT_EQ(decoded.size(), reference.size()) << path;
        EXPECT_EQ(cv::norm(decoded, reference, cv::NORM_INF), 0.0) << path;
    }
}

TEST(RealPhotos, LowResolutionFrameIs427x240) {
    const fs::path path = fs::path(GRADPHOTO_TESTDATA_PHOTOS) / "portraits/fr-low-resolution.jpg";
    if (!fs::exists(path)) {
        GTEST_SKIP() << "not found: " << path;
    }
    const ImageProbe probe = probeImage(readFile(path));
    EXPECT_TRUE(probe.ok);
    EXPECT_EQ(probe.width, 427);
    EXPECT_EQ(probe.height, 240);
}

TEST(RealPhotos, TruncatedRealPhotosAreRefused) {
    const auto photos = realPhotos();
    if (photos.empty()) {
        GTEST_SKIP() << "no real photos at " << GRADPHOTO_TESTDATA_PHOTOS;
    }
    for (const auto& path : photos) {
        const std::string bytes = readFile(path);
        const ImageProbe probe = probeImage(bytes.substr(0, bytes.size() * 6 / 10));
        EXPECT_FALSE(probe.ok) << path;
        EXPECT_TRUE(probe.problemCode == "truncated" || probe.problemCode == "corrupt") << path;
    }
}

} // namespace
} // namespace gp::imaging
