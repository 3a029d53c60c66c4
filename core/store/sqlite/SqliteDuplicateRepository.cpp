#include "SqliteDuplicateRepository.h"

#include "Rows.h"

#include <Poco/Data/Binding.h>

namespace gp::store {

using domain::DuplicateFlag;
using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::now;

void SqliteDuplicateRepository::replaceAll(const std::vector<DuplicateFlag>& flags) {
    SqliteDatabase::Savepoint unit(db_);
    db_.session() << "DELETE FROM duplicate_flags", now;
    for (const auto& f : flags) {
        const auto student = static_cast<Poco::Int64>(f.studentId);
        const auto other = static_cast<Poco::Int64>(f.otherStudentId);
        const auto photo = static_cast<Poco::Int64>(f.photoVersionId);
        const auto otherPhoto = static_cast<Poco::Int64>(f.otherPhotoVersionId);
        db_.session() << "INSERT INTO duplicate_flags(student_id, other_student_id, kind, "
                         "photo_version_id, other_photo_version_id, closeness, found_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)",
            bind(student), bind(other), bind(f.kind), bind(photo), bind(otherPhoto),
            bind(f.closeness), bind(f.foundAt), now;
    }
    unit.release();
}

std::vector<DuplicateFlag> SqliteDuplicateRepository::of(domain::StudentId student) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT d.student_id, d.other_student_id, s.student_no, d.kind, d.photo_version_id, "
          "d.other_photo_version_id, d.closeness, d.found_at FROM duplicate_flags d "
          "JOIN students s ON s.id = d.other_student_id WHERE d.student_id = ? "
          "ORDER BY CASE d.kind WHEN 'same_bytes' THEN 0 WHEN 'near_identical' THEN 1 ELSE 2 "
          "END, s.student_no",
        bind(static_cast<Poco::Int64>(student));
    std::vector<DuplicateFlag> out;
    forEachRow(st, [&](const Row& r) {
        DuplicateFlag f;
        f.studentId = r.integer("student_id");
        f.otherStudentId = r.integer("other_student_id");
        f.otherStudentNo = r.text("student_no");
        f.kind = r.text("kind");
        f.photoVersionId = r.integer("photo_version_id");
        f.otherPhotoVersionId = r.integer("other_photo_version_id");
        f.closeness = r.real("closeness").value_or(0);
        f.foundAt = r.text("found_at");
        out.push_back(std::move(f));
    });
    return out;
}

std::set<domain::StudentId> SqliteDuplicateRepository::flaggedStudents() {
    Poco::Data::Statement st(db_.session());
    st << "SELECT DISTINCT student_id FROM duplicate_flags";
    std::set<domain::StudentId> out;
    forEachRow(st, [&](const Row& r) { out.insert(r.integer("student_id")); });
    return out;
}

std::size_t SqliteDuplicateRepository::count() {
    return static_cast<std::size_t>(
        queryInteger(db_.session(), "SELECT COUNT(*) FROM duplicate_flags"));
}

} // namespace gp::store
