// Row identities of the workspace; 0 means "not stored yet".
#pragma once

#include <cstdint>

namespace gp::domain {

using CenterId = std::int64_t;
using StudentId = std::int64_t;
using SubmissionId = std::int64_t;
using ReferencePhotoId = std::int64_t;
using CheckRunId = std::int64_t;
using DecisionId = std::int64_t;
using BatchId = std::int64_t;

} // namespace gp::domain
