// A CHSI upload package or a mailing to a center, with the students (and photo versions) in it.
#pragma once

#include "Ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gp::domain {

enum class BatchKind { Upload, Mailing };

std::string_view toCode(BatchKind k);
std::optional<BatchKind> batchKindFromCode(std::string_view code);

struct BatchMember {
    StudentId studentId = 0;
    SubmissionId submissionId = 0;
};

struct Batch {
    BatchId id = 0;
    BatchKind kind = BatchKind::Upload;
    std::string number;    ///< e.g. UP-20261121-01, MAIL-20261121-03
    CenterId centerId = 0; ///< for a mailing; 0 for an upload of all centers
    std::string createdAt;
    std::string createdBy;
    std::string outputPath;
    std::string trackingNumber; ///< 快递单号, added when the parcel ships
    std::string note;
    std::vector<BatchMember> members;
};

} // namespace gp::domain
