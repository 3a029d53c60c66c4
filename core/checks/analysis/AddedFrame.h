// An added frame (教毕指〔2017〕99号: "不得添加边框"): a uniform band along the image edges, unlike
// the picture inside it. Found once per photo so that added_content.border can report it and every
// other measure can look inside it: the backdrop model and the person mask sample the picture,
// not the frame, and the background measures leave the band out.
//
// Per side, the outermost strip must be uniform (90th percentile ΔE from its median at most
// maxLineSpread) and differ from a strip further in by at least minStep; the frame's depth on
// that side is where the picture starts (the first strip that differs). A frame is found when
// at least minSides sides show one.
#pragma once

#include <array>
#include <opencv2/core.hpp>

namespace gp::checks::analysis {

struct FrameSearch {
    int stripPx = 3;          ///< width of a sampled strip
    int scanPx = 48;          ///< how far in a frame may reach
    double minStep = 10;      ///< ΔE between the frame and the picture inside it
    double maxLineSpread = 6; ///< ΔE: the frame strip is uniform
    int minSides = 3;
};

struct AddedFrame {
    std::array<bool, 4> framed{}; ///< top, bottom, left, right
    std::array<int, 4> depthPx{}; ///< where the picture starts, per side (0 when not framed)
    std::array<double, 4> step{}; ///< largest ΔE between the edge strip and the picture
    int framedSides = 0;
    bool found = false; ///< framedSides ≥ minSides
    cv::Rect picture;   ///< the image inside the frame (the whole image without one)
    cv::Rect strip(int side, const cv::Size& image) const; ///< the outermost strip of a side
    int stripPx = 3;
};

/// lab: the photo in CIE Lab (CV_32FC3); an image too small to scan has no frame.
AddedFrame findAddedFrame(const cv::Mat& lab, const FrameSearch& search);

} // namespace gp::checks::analysis
