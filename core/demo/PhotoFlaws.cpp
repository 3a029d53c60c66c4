#include "PhotoFlaws.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace gp::demo {

std::string_view toCode(Flaw f) {
    switch (f) {
    case Flaw::None:
        return "none";
    case Flaw::StreetBackground:
        return "street_background";
    case Flaw::BlueOnBlue:
        return "blue_on_blue";
    case Flaw::TiltedHead:
        return "tilted_head";
    case Flaw::HeadTooSmall:
        return "head_too_small";
    case Flaw::HeadTooLarge:
        return "head_too_large";
    case Flaw::Blurred:
        return "blurred";
    case Flaw::HalfDarkFace:
        return "half_dark_face";
    case Flaw::TwoPeople:
        return "two_people";
    case Flaw::Border:
        return "border";
    case Flaw::WrongPixelSize:
        return "wrong_pixel_size";
    }
    return "none";
}

namespace {

const cv::Scalar kBlueShirt(205, 135, 40); // BGR: a mid-blue shirt on the light-blue backdrop

/// The camera grain's seed of one photo: the same face, framing and flaw, the same grain (the
/// jacket and backdrop aside, so a face tried in one jacket looks the same in another).
std::uint64_t grainSeed(const HeadCutout& head, Flaw flaw, const Variation& look) {
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a
    auto mix = [&h](std::uint64_t v) {
        h ^= v;
        h *= 1099511628211ULL;
    };
    for (const char c : head.label) {
        mix(static_cast<unsigned char>(c));
    }
    mix(static_cast<std::uint64_t>(flaw));
    mix(static_cast<std::uint64_t>(std::lround(look.dx * 16 + 4096)));
    mix(static_cast<std::uint64_t>(std::lround(look.dy * 16 + 4096)));
    mix(static_cast<std::uint64_t>(std::lround(look.scale * 1000)));
    return h;
}

} // namespace

cv::Mat makeSubmission(const HeadCutout& head, Flaw flaw, const Variation& look,
                       const HeadCutout* other) {
    // The profile's three reference backdrops and three dark jackets (BGR).
    const cv::Scalar backdrops[] = {{255, 197, 100}, {255, 255, 255}, {240, 240, 240}};
    const cv::Scalar jackets[] = {{58, 52, 50}, {32, 32, 34}, {38, 52, 72}};
    Scene scene;
    scene.background = backdrops[std::clamp(look.backdrop, 0, 2)];
    Sitter me{&head, look.scale, look.dx, look.dy, 0, jackets[std::clamp(look.jacket, 0, 2)]};
    switch (flaw) {
    case Flaw::StreetBackground:
        scene.keepOriginalBackground = true;
        break;
    case Flaw::BlueOnBlue:
        scene.background = backdrops[0];
        me.clothing = kBlueShirt;
        break;
    case Flaw::TiltedHead:
        me.rotate = 14;
        break;
    case Flaw::HeadTooSmall:
        me.scale = 0.68;
        me.dy = 0;
        break;
    case Flaw::HeadTooLarge:
        me.scale = 1.55;
        me.dy = 0;
        break;
    case Flaw::TwoPeople:
        if (other != nullptr) {
            me.scale = 0.75;
            me.dx = -100;
            Sitter friendBeside{other, 0.72, 110, 10, 0, cv::Scalar(70, 70, 150)};
            scene.sitters.push_back(friendBeside);
        }
        break;
    default:
        break;
    }
    scene.sitters.push_back(me);
    cv::Mat photo = framePortrait(scene);
    switch (flaw) {
    case Flaw::HalfDarkFace: {
        // Light from one side only: the left half of the face and what is under it in shade,
        // the right half in the light.
        const auto face = placedFaceBox({{me}});
        const int mid = face.x + face.width / 2;
        cv::Mat gain(photo.size(), CV_32F, cv::Scalar(1.0));
        for (int x = 0; x < photo.cols; ++x) {
            const double t = std::clamp((mid + 20.0 - x) / 40.0, 0.0, 1.0); // soft terminator
            // The lit side brighter, the shaded side at 42 %: a face already dim
            // would otherwise drop below lighting.exposure before it reads as half dark.
            gain.col(x).setTo(1.35 - 0.93 * t);
        }
        cv::Mat photoF;
        photo.convertTo(photoF, CV_32FC3);
        cv::Mat gain3;
        cv::merge(std::vector<cv::Mat>{gain, gain, gain}, gain3);
        cv::Mat shaded = photoF.mul(gain3);
        // The whole sitter in that light (no box of shade on the jacket); the backdrop stays as
        // it was.
        cv::Mat backdrop;
        cv::inRange(photo, scene.background - cv::Scalar::all(24),
                    scene.background + cv::Scalar::all(24), backdrop);
        const cv::Mat region = ~backdrop;
        shaded.convertTo(shaded, CV_8UC3);
        shaded.copyTo(photo, region);
        break;
    }
    default:
        break;
    }
    // The camera: after the light, before the photo is blurred or edited.
    photograph(photo, grainSeed(head, flaw, look));
    switch (flaw) {
    case Flaw::Blurred:
        cv::GaussianBlur(photo, photo, cv::Size(0, 0), 3.5);
        break;
    case Flaw::Border:
        cv::rectangle(photo, cv::Rect(0, 0, photo.cols, photo.rows), cv::Scalar(250, 250, 250), 24);
        cv::rectangle(photo, cv::Rect(12, 12, photo.cols - 24, photo.rows - 24),
                      cv::Scalar(40, 40, 40), 2);
        break;
    case Flaw::WrongPixelSize:
        cv::resize(photo, photo, cv::Size(413, 579), 0, 0, cv::INTER_AREA);
        break;
    default:
        break;
    }
    if (look.mirror) {
        cv::flip(photo, photo, 1);
    }
    return photo;
}

cv::Mat makeEnrollmentPhoto(const HeadCutout& head) {
    Scene scene;
    scene.background = cv::Scalar(215, 160, 70); // a darker blue, as studios used
    scene.sitters.push_back({&head});
    cv::Mat photo = framePortrait(scene);
    photograph(photo, grainSeed(head, Flaw::None, {}));
    cv::resize(photo, photo, cv::Size(150, 200), 0, 0, cv::INTER_AREA);
    // Faded: half the colour gone, lower contrast, a yellow cast, a little soft.
    cv::Mat grey, grey3;
    cv::cvtColor(photo, grey, cv::COLOR_BGR2GRAY);
    cv::cvtColor(grey, grey3, cv::COLOR_GRAY2BGR);
    cv::addWeighted(photo, 0.45, grey3, 0.55, 0, photo);
    photo.convertTo(photo, CV_8UC3, 0.78, 30);
    cv::add(photo, cv::Scalar(-14, 4, 10), photo);
    cv::GaussianBlur(photo, photo, cv::Size(0, 0), 0.6);
    return photo;
}

std::string encodeJpeg(const cv::Mat& image, int dpi, std::size_t maxBytes) {
    std::vector<uchar> buffer;
    for (int quality = 95; quality >= 60; quality -= 5) {
        cv::imencode(".jpg", image, buffer, {cv::IMWRITE_JPEG_QUALITY, quality});
        if (buffer.size() <= maxBytes) {
            break;
        }
    }
    std::string bytes(buffer.begin(), buffer.end());
    // The JFIF APP0 segment: units at offset 13 (1 = dots per inch), X and Y density after it.
    if (bytes.size() > 18 && bytes.compare(6, 5, std::string("JFIF\0", 5)) == 0) {
        bytes[13] = 1;
        bytes[14] = static_cast<char>(dpi >> 8);
        bytes[15] = static_cast<char>(dpi & 0xFF);
        bytes[16] = static_cast<char>(dpi >> 8);
        bytes[17] = static_cast<char>(dpi & 0xFF);
    }
    return bytes;
}

} // namespace gp::demo
