// The mistakes students make with their photos, each planted in exactly one demo submission so
// that a newcomer sees what the checks catch (教毕指〔2017〕99号 and the rejection reasons
// registry offices write), and the files a phone or studio would deliver.
#pragma once

#include "PortraitMaker.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gp::demo {

enum class Flaw {
    None,
    StreetBackground, ///< a snapshot: the party behind the student, 背景不符合要求
    BlueOnBlue,       ///< blue clothes on the light-blue backdrop, 衣服与背景颜色相近
    TiltedHead,       ///< 头部倾斜
    HeadTooSmall,     ///< 头部过小
    HeadTooLarge,     ///< 头部过大
    Blurred,          ///< 照片模糊
    HalfDarkFace,     ///< 阴阳脸
    TwoPeople,        ///< 多人
    Border,           ///< 有边框
    WrongPixelSize,   ///< a studio's 413×579 "二寸" file, 尺寸或格式不符
};

inline constexpr Flaw kAllFlaws[] = {Flaw::StreetBackground, Flaw::BlueOnBlue,   Flaw::TiltedHead,
                                     Flaw::HeadTooSmall,     Flaw::HeadTooLarge, Flaw::Blurred,
                                     Flaw::HalfDarkFace,     Flaw::TwoPeople,    Flaw::Border,
                                     Flaw::WrongPixelSize};

std::string_view toCode(Flaw f); ///< none, street_background, blue_on_blue, ...

/// The submission: the head framed per the profile on a reference backdrop, with the flaw.
/// `other` is the second person of TwoPeople.
cv::Mat makeSubmission(const HeadCutout& head, Flaw flaw, const Variation& look = {},
                       const HeadCutout* other = nullptr);

/// An enrollment photo (入学照片) as old rosters hold them: small (150×200), faded and
/// yellowed, softer.
cv::Mat makeEnrollmentPhoto(const HeadCutout& head);

/// JPEG bytes with the JFIF density set to dpi, at the highest quality (95 down to 60) whose
/// file is at most maxBytes, so a compliant photo lands in the profile's 20–40 KB.
std::string encodeJpeg(const cv::Mat& image, int dpi, std::size_t maxBytes);

} // namespace gp::demo
