// One photo a student submitted. A retake is a new version; no version is ever replaced.
#pragma once

#include "Ids.h"

#include <cstdint>
#include <string>

namespace gp::domain {

/// What is known of a stored image file, read from its content at import.
struct ImageFacts {
    std::string format; ///< jpeg, png, heif, ...
    int width = 0;
    int height = 0;
    int exifOrientation = 1; ///< EXIF tag 0x0112, 1 = as stored
};

struct PhotoVersion {
    SubmissionId id = 0;
    StudentId studentId = 0;
    int version = 0;        ///< 1 for the first submission, 2 for the first retake, ...
    std::string sha256;     ///< the original's content hash in the photo store
    std::string sourceName; ///< the file name it arrived under
    std::uintmax_t byteSize = 0;
    ImageFacts image;
    std::string importedAt; ///< ISO 8601 UTC
};

} // namespace gp::domain
