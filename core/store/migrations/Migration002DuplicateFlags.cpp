// Migration 2: the duplicate flags of the last duplicate search (issue 5), one row per student
// and other student, so the reviewer sees the other's 学号.
#include "../Migration.h"

namespace gp::store {

extern const Migration kMigration002DuplicateFlags;

const Migration kMigration002DuplicateFlags{2, "duplicate flags", R"SQL(
CREATE TABLE duplicate_flags (
    id                     INTEGER PRIMARY KEY,
    student_id             INTEGER NOT NULL REFERENCES students(id),
    other_student_id       INTEGER NOT NULL REFERENCES students(id),
    kind                   TEXT NOT NULL
                           CHECK (kind IN ('same_bytes', 'near_identical', 'same_face')),
    photo_version_id       INTEGER NOT NULL REFERENCES photo_versions(id),
    other_photo_version_id INTEGER NOT NULL REFERENCES photo_versions(id),
    closeness              REAL NOT NULL DEFAULT 0,
    found_at               TEXT NOT NULL,
    CHECK (student_id <> other_student_id)
);
CREATE UNIQUE INDEX duplicate_flags_pair ON duplicate_flags(student_id, other_student_id);
CREATE INDEX duplicate_flags_other ON duplicate_flags(other_student_id);
)SQL"};

} // namespace gp::store
