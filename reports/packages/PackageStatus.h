// The one place where packages write a student's cached status. Approved → Packed when the
// photo goes into a CHSI upload package; Approved or Packed → Mailed when its print is mailed.
// A student already further along (Mailed, then packed) keeps the later status. Called inside
// the transaction that records the batch.
#pragma once

#include "core/domain/Student.h"
#include "core/store/StudentRepository.h"

namespace gp::reports {

void markPacked(store::StudentRepository& students, const domain::Student& student);
void markMailed(store::StudentRepository& students, const domain::Student& student);

} // namespace gp::reports
