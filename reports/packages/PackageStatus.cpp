#include "PackageStatus.h"

namespace gp::reports {

using domain::StudentStatus;

void markPacked(store::StudentRepository& students, const domain::Student& student) {
    if (student.status != StudentStatus::Mailed) {
        students.setStatus(student.id, StudentStatus::Packed);
    }
}

void markMailed(store::StudentRepository& students, const domain::Student& student) {
    students.setStatus(student.id, StudentStatus::Mailed);
}

} // namespace gp::reports
