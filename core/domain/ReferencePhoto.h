// A photo the submission is compared with: the enrollment photo (入学照片) or the ID-card
// photo (身份证照片).
#pragma once

#include "Ids.h"
#include "PhotoVersion.h"

#include <optional>
#include <string>
#include <string_view>

namespace gp::domain {

enum class ReferenceKind { Enrollment, IdCard };

std::string_view toCode(ReferenceKind k);
std::optional<ReferenceKind> referenceKindFromCode(std::string_view code);

struct ReferencePhoto {
    ReferencePhotoId id = 0;
    StudentId studentId = 0;
    ReferenceKind kind = ReferenceKind::Enrollment;
    std::string sha256;
    std::string sourceName;
    std::uintmax_t byteSize = 0;
    ImageFacts image;
    std::string importedAt;
};

} // namespace gp::domain
