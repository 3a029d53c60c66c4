// The face descriptor of one image: find the faces (HOG), align the largest with 5 landmarks,
// cut the 150×150 chip and run the ResNet. One extractor per thread (it owns copies of the
// detector and the network); the RecognitionModels it copies from are shared read-only.
//
// Detection starts on a copy whose long side is ExtractionSettings::detectLongSidePx (a
// 480×640 submission's face is 180-300 px wide, so it is found on a smaller copy in a fraction
// of the time; an old 150×200 enrollment photo is upsampled 2×) and doubles the scale until a
// face is found or the limit is reached, so a small face is still found; the descriptor's note
// says when the image was upsampled.
#pragma once

#include "RecognitionModels.h"
#include "core/domain/FaceRecords.h"

#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace gp::faces {

struct ExtractionSettings {
    int detectLongSidePx = 400;     ///< long side of the first detection pass
    int maxUpsample = 4;            ///< detection may upsample the image up to this factor
    int maxDetectLongSidePx = 2000; ///< ... and never past this long side
    bool mirrored = false;          ///< also the descriptor of the mirrored chip (same-face search)
};

struct ExtractedFace {
    domain::FaceDescriptor descriptor; ///< faceCount, descriptor, box (image pixels), note
    std::vector<float> mirrored;       ///< when asked for and a face was found
    double detectionScale = 1.0;       ///< scale of the pass that found the faces
    bool grey = false;                 ///< the image has (almost) no colour
};

class DescriptorExtractor {
public:
    explicit DescriptorExtractor(const RecognitionModels& models, ExtractionSettings settings = {});
    ~DescriptorExtractor();
    DescriptorExtractor(const DescriptorExtractor&) = delete;
    DescriptorExtractor& operator=(const DescriptorExtractor&) = delete;

    /// An upright 8-bit BGR image (imaging::decodeImage).
    ExtractedFace extract(const cv::Mat& image);
    /// Decodes the bytes first; throws UserError when they are not a decodable image.
    ExtractedFace extract(std::string_view bytes);

    const std::string& modelId() const { return models_.modelId(); }

private:
    struct Worker;
    const RecognitionModels& models_;
    ExtractionSettings settings_;
    std::unique_ptr<Worker> worker_;
};

} // namespace gp::faces
