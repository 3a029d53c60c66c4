// A compliant 480×640 portrait drawn with OpenCV — uniform background, a textured skin-toned
// face, dark hair, contrasting clothes — with its face box, 68 landmarks placed on the drawing,
// head top and person mask; and the JPEG encoding (quality, JFIF density) the checks read.
// Tests derive each defect from it by changing one thing.
#pragma once

#include "core/checks/CheckContext.h"
#include "tests/support/FixedCheckContext.h"

#include <cmath>
#include <numbers>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

namespace gp::test {

struct Portrait {
    cv::Mat image; ///< BGR, 480×640
    cv::Mat mask;  ///< 255 = person
    cv::Rect face;
    checks::Landmarks landmarks{};
    int headTop = 0;
    cv::Mat faceMask; ///< 255 = the face ellipse (to alter the face only)
};

inline const cv::Scalar kLightBlue{255, 197, 100}; // BGR of RGB(100,197,255)
inline const cv::Scalar kLightGrey{240, 240, 240};

inline Portrait drawPortrait(const cv::Scalar& background = kLightBlue,
                             const cv::Scalar& clothes = cv::Scalar(60, 45, 35)) {
    Portrait p;
    p.image = cv::Mat(640, 480, CV_8UC3, background);
    p.mask = cv::Mat::zeros(640, 480, CV_8UC1);
    p.faceMask = cv::Mat::zeros(640, 480, CV_8UC1);
    const cv::Scalar skin(140, 160, 200), hair(35, 30, 30), person(255);
    auto both = [&](auto draw, const cv::Scalar& colour) {
        draw(p.image, colour);
        draw(p.mask, person);
    };
    both(
        [](cv::Mat& m, const cv::Scalar& c) {
            cv::ellipse(m, {240, 700}, {230, 240}, 0, 0, 360, c, cv::FILLED);
        },
        clothes);
    both([](cv::Mat& m,
            const cv::Scalar& c) { cv::rectangle(m, cv::Rect(200, 380, 80, 100), c, cv::FILLED); },
         cv::Scalar(120, 145, 185));
    both(
        [](cv::Mat& m, const cv::Scalar& c) {
            cv::ellipse(m, {240, 250}, {118, 165}, 0, 0, 360, c, cv::FILLED);
        },
        hair);
    both(
        [](cv::Mat& m, const cv::Scalar& c) {
            cv::ellipse(m, {240, 285}, {100, 130}, 0, 0, 360, c, cv::FILLED);
        },
        skin);
    cv::ellipse(p.faceMask, {240, 285}, {100, 130}, 0, 0, 360, cv::Scalar(255), cv::FILLED);
    p.headTop = 85;
    p.face = cv::Rect(150, 215, 180, 195);

    // Skin and fabric texture: fixed-seed noise on the face and the clothes.
    cv::RNG rng(20261121);
    cv::Mat clothesMask = cv::Mat::zeros(p.mask.size(), CV_8UC1);
    cv::ellipse(clothesMask, {240, 700}, {230, 240}, 0, 0, 360, cv::Scalar(255), cv::FILLED);
    for (const auto& [region, sigma] : {std::pair{p.faceMask, 8.0}, std::pair{clothesMask, 5.0}}) {
        cv::Mat noise(p.image.size(), CV_16SC3);
        rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
        cv::Mat textured;
        cv::add(p.image, noise, textured, region, CV_8UC3);
        textured.copyTo(p.image, region);
    }

    // Features: brows, eyes, nose, mouth.
    for (const int cx : {200, 280}) {
        cv::line(p.image, {cx - 22, 240}, {cx + 22, 240}, hair, 5);
        cv::ellipse(p.image, {cx, 265}, {20, 8}, 0, 0, 360, cv::Scalar(180, 180, 180), cv::FILLED);
        cv::circle(p.image, {cx, 265}, 7, cv::Scalar(40, 50, 70), cv::FILLED);
        cv::circle(p.image, {cx, 265}, 3, cv::Scalar(15, 15, 15), cv::FILLED);
    }
    cv::line(p.image, {240, 280}, {240, 320}, cv::Scalar(110, 130, 170), 3);
    cv::ellipse(p.image, {240, 360}, {30, 8}, 0, 0, 360, cv::Scalar(90, 90, 170), cv::FILLED);

    // The 68 points (iBUG layout) on the drawing.
    auto& l = p.landmarks;
    for (int i = 0; i <= 16; ++i) {
        const double t = std::numbers::pi - std::numbers::pi * i / 16.0;
        l[i] = {float(240 + 100 * std::cos(t)), float(285 + 130 * std::sin(t))};
    }
    for (int i = 0; i < 5; ++i) {
        l[17 + i] = {float(178 + 11 * i), 240.f};
        l[22 + i] = {float(258 + 11 * i), 240.f};
    }
    for (int i = 0; i < 4; ++i) {
        l[27 + i] = {240.f, float(265 + 18 * i)};
    }
    for (int i = 0; i < 5; ++i) {
        l[31 + i] = {float(225 + 7.5 * i), 325.f};
    }
    for (const int first : {36, 42}) {
        const float cx = first == 36 ? 200.f : 280.f;
        l[first + 0] = {cx - 20, 265};
        l[first + 1] = {cx - 7, 258};
        l[first + 2] = {cx + 7, 258};
        l[first + 3] = {cx + 20, 265};
        l[first + 4] = {cx + 7, 272};
        l[first + 5] = {cx - 7, 272};
    }
    for (int i = 0; i < 12; ++i) {
        const double t = std::numbers::pi - 2 * std::numbers::pi * i / 12.0;
        l[48 + i] = {float(240 + 30 * std::cos(t)), float(360 + 8 * std::sin(t))};
    }
    for (int i = 0; i < 8; ++i) {
        const double t = std::numbers::pi - 2 * std::numbers::pi * i / 8.0;
        l[60 + i] = {float(240 + 20 * std::cos(t)), float(360 + 3 * std::sin(t))};
    }
    return p;
}

/// JPEG bytes at the given quality; the JFIF APP0 density set to dpi dots/inch (0 = units 0,
/// density 1:1, i.e. no resolution stated).
inline std::string encodeJpeg(const cv::Mat& image, int quality, int dpi) {
    std::vector<uchar> buffer;
    cv::imencode(".jpg", image, buffer, {cv::IMWRITE_JPEG_QUALITY, quality});
    std::string bytes(buffer.begin(), buffer.end());
    if (bytes.size() > 18 && bytes.compare(6, 5, std::string("JFIF\0", 5)) == 0) {
        bytes[13] = static_cast<char>(dpi > 0 ? 1 : 0);
        const int d = dpi > 0 ? dpi : 1;
        bytes[14] = bytes[16] = static_cast<char>(d >> 8);
        bytes[15] = bytes[17] = static_cast<char>(d & 0xFF);
    }
    return bytes;
}

/// Inserts a COM segment of `size` bytes after SOI (file size only; pixels unchanged).
inline std::string padWithComment(std::string bytes, std::size_t size) {
    std::string segment = "\xFF\xFE";
    const std::size_t length = size + 2;
    segment += static_cast<char>(length >> 8);
    segment += static_cast<char>(length & 0xFF);
    segment += std::string(size, ' ');
    bytes.insert(2, segment);
    return bytes;
}

/// A context over the encoded bytes: the image is what the bytes decode to, as in the real
/// context.
inline void fill(FixedCheckContext& context, const Portrait& p, const std::string& bytes) {
    context.bytes_ = bytes;
    const std::vector<uchar> buffer(bytes.begin(), bytes.end());
    context.image_ = cv::imdecode(buffer, cv::IMREAD_COLOR);
    context.faces_ = {p.face};
    context.landmarks_ = p.landmarks;
    context.headTop_ = p.headTop;
    context.mask_ = p.mask;
}

} // namespace gp::test
