// Migration 1: the whole schema of a new workspace.
#include "../Migration.h"

namespace gp::store {

extern const Migration kMigration001Initial;

const Migration kMigration001Initial{1, "initial schema", R"SQL(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE schema_log (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE centers (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    contact  TEXT NOT NULL DEFAULT '',
    phone    TEXT NOT NULL DEFAULT '',
    email    TEXT NOT NULL DEFAULT '',
    address  TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT ''
);

CREATE TABLE students (
    id              INTEGER PRIMARY KEY,
    student_no      TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    sex             TEXT NOT NULL DEFAULT '',
    id_number       TEXT NOT NULL DEFAULT '',
    id_type         TEXT NOT NULL DEFAULT '',
    birth_date      TEXT NOT NULL DEFAULT '',
    ethnicity       TEXT NOT NULL DEFAULT '',
    level           TEXT NOT NULL DEFAULT '',
    major           TEXT NOT NULL DEFAULT '',
    grade           TEXT NOT NULL DEFAULT '',
    center_id       INTEGER REFERENCES centers(id),
    class_name      TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    exam_no         TEXT NOT NULL DEFAULT '',
    collection_code TEXT NOT NULL DEFAULT '',
    graduation_term TEXT NOT NULL DEFAULT '',
    mailing_address TEXT NOT NULL DEFAULT '',
    extra_json      TEXT NOT NULL DEFAULT '{}',
    status          TEXT NOT NULL DEFAULT 'not_submitted'
                    CHECK (status IN ('not_submitted', 'awaiting_check', 'awaiting_review',
                                      'approved', 'retake', 'packed', 'mailed')),
    withdrawn       INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))
);
CREATE UNIQUE INDEX students_id_number ON students(id_number) WHERE id_number <> '';
CREATE INDEX students_center ON students(center_id);
CREATE INDEX students_status ON students(status);
CREATE INDEX students_exam_no ON students(exam_no) WHERE exam_no <> '';
CREATE INDEX students_collection_code ON students(collection_code) WHERE collection_code <> '';
CREATE TRIGGER students_never_deleted BEFORE DELETE ON students
BEGIN SELECT RAISE(ABORT, 'students are never deleted; mark them withdrawn'); END;

-- Every change a roster import makes to a student, field by field (append-only).
CREATE TABLE student_history (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id),
    changed_at TEXT NOT NULL,
    source     TEXT NOT NULL,
    field      TEXT NOT NULL,
    before     TEXT NOT NULL,
    after      TEXT NOT NULL
);
CREATE INDEX student_history_student ON student_history(student_id, id);
CREATE TRIGGER student_history_append_only_update BEFORE UPDATE ON student_history
BEGIN SELECT RAISE(ABORT, 'student history is append-only'); END;
CREATE TRIGGER student_history_append_only_delete BEFORE DELETE ON student_history
BEGIN SELECT RAISE(ABORT, 'student history is append-only'); END;

CREATE TABLE photo_versions (
    id               INTEGER PRIMARY KEY,
    student_id       INTEGER NOT NULL REFERENCES students(id),
    version          INTEGER NOT NULL CHECK (version >= 1),
    sha256           TEXT NOT NULL CHECK (length(sha256) = 64),
    source_name      TEXT NOT NULL,
    byte_size        INTEGER NOT NULL,
    format           TEXT NOT NULL DEFAULT '',
    width            INTEGER NOT NULL DEFAULT 0,
    height           INTEGER NOT NULL DEFAULT 0,
    exif_orientation INTEGER NOT NULL DEFAULT 1,
    imported_at      TEXT NOT NULL,
    UNIQUE (student_id, version),
    UNIQUE (student_id, sha256)
);
CREATE INDEX photo_versions_sha256 ON photo_versions(sha256);
CREATE TRIGGER photo_versions_never_changed BEFORE UPDATE ON photo_versions
BEGIN SELECT RAISE(ABORT, 'photo versions are never changed; a retake is a new version'); END;
CREATE TRIGGER photo_versions_never_deleted BEFORE DELETE ON photo_versions
BEGIN SELECT RAISE(ABORT, 'photo versions are never deleted'); END;

CREATE INDEX photo_versions_imported ON photo_versions(imported_at);

CREATE TABLE reference_photos (
    id               INTEGER PRIMARY KEY,
    student_id       INTEGER NOT NULL REFERENCES students(id),
    kind             TEXT NOT NULL CHECK (kind IN ('enrollment', 'id_card')),
    sha256           TEXT NOT NULL CHECK (length(sha256) = 64),
    source_name      TEXT NOT NULL,
    byte_size        INTEGER NOT NULL,
    format           TEXT NOT NULL DEFAULT '',
    width            INTEGER NOT NULL DEFAULT 0,
    height           INTEGER NOT NULL DEFAULT 0,
    exif_orientation INTEGER NOT NULL DEFAULT 1,
    imported_at      TEXT NOT NULL,
    UNIQUE (student_id, kind, sha256)
);
CREATE INDEX reference_photos_sha256 ON reference_photos(sha256);

CREATE TABLE check_runs (
    id               INTEGER PRIMARY KEY,
    photo_version_id INTEGER NOT NULL REFERENCES photo_versions(id),
    profile_id       TEXT NOT NULL,
    profile_version  INTEGER NOT NULL,
    engine_version   TEXT NOT NULL,
    verdict          TEXT NOT NULL CHECK (verdict IN ('pass', 'review', 'fail', 'error')),
    started_at       TEXT NOT NULL,
    finished_at      TEXT NOT NULL
);
-- Every run is kept (what the reviewer saw stays explainable); the newest is the current one.
CREATE INDEX check_runs_photo ON check_runs(photo_version_id, profile_id, id);

CREATE TABLE check_results (
    run_id       INTEGER NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    check_id     TEXT NOT NULL,
    verdict      TEXT NOT NULL
                 CHECK (verdict IN ('pass', 'warn', 'fail', 'not_applicable', 'error')),
    value_json   TEXT NOT NULL DEFAULT 'null',
    limit_text   TEXT NOT NULL DEFAULT '',
    reason_code  TEXT NOT NULL DEFAULT '',
    overlay_json TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (run_id, position)
);

CREATE TABLE face_descriptors (
    sha256      TEXT NOT NULL,
    model_id    TEXT NOT NULL,
    face_count  INTEGER NOT NULL,
    descriptor  BLOB,
    box_x       INTEGER NOT NULL DEFAULT 0,
    box_y       INTEGER NOT NULL DEFAULT 0,
    box_width   INTEGER NOT NULL DEFAULT 0,
    box_height  INTEGER NOT NULL DEFAULT 0,
    note        TEXT NOT NULL DEFAULT '',
    computed_at TEXT NOT NULL,
    PRIMARY KEY (sha256, model_id)
);

CREATE TABLE face_comparisons (
    id                 INTEGER PRIMARY KEY,
    photo_version_id   INTEGER NOT NULL REFERENCES photo_versions(id),
    reference_photo_id INTEGER REFERENCES reference_photos(id),
    model_id           TEXT NOT NULL,
    state              TEXT NOT NULL CHECK (state IN ('compared', 'no_reference',
                           'no_face_submission', 'multiple_faces_submission', 'no_face_reference',
                           'multiple_faces_reference', 'reference_too_poor')),
    distance           REAL,
    similarity         REAL,
    outcome            TEXT NOT NULL DEFAULT ''
                       CHECK (outcome IN ('', 'match', 'review', 'no_match')),
    computed_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX face_comparisons_pair
    ON face_comparisons(photo_version_id, ifnull(reference_photo_id, 0), model_id);
CREATE INDEX face_comparisons_reference ON face_comparisons(reference_photo_id);

CREATE TABLE decisions (
    id               INTEGER PRIMARY KEY,
    student_id       INTEGER NOT NULL REFERENCES students(id),
    photo_version_id INTEGER REFERENCES photo_versions(id),
    photo_sha256     TEXT NOT NULL DEFAULT '',
    reviewer         TEXT NOT NULL CHECK (reviewer <> ''),
    decided_at       TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('approve', 'reject', 'reversal')),
    note             TEXT NOT NULL DEFAULT '',
    reverses_id      INTEGER REFERENCES decisions(id),
    CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL))
);
CREATE INDEX decisions_student ON decisions(student_id, id);
CREATE INDEX decisions_photo ON decisions(photo_version_id);
-- A decision is reversed at most once, by a reversal of the same student.
CREATE UNIQUE INDEX decisions_reversed_once ON decisions(reverses_id) WHERE reverses_id IS NOT NULL;
CREATE TRIGGER decisions_consistent BEFORE INSERT ON decisions
BEGIN
    SELECT RAISE(ABORT, 'the photo version belongs to another student')
    WHERE NEW.photo_version_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM photo_versions WHERE id = NEW.photo_version_id AND student_id = NEW.student_id);
    SELECT RAISE(ABORT, 'a reversal must reverse a decision of the same student')
    WHERE NEW.reverses_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM decisions WHERE id = NEW.reverses_id AND student_id = NEW.student_id);
END;
CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only; record a reversal instead'); END;
CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only; record a reversal instead'); END;

CREATE TABLE decision_reasons (
    decision_id INTEGER NOT NULL REFERENCES decisions(id),
    position    INTEGER NOT NULL,
    reason_code TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
);
CREATE TRIGGER decision_reasons_append_only_update BEFORE UPDATE ON decision_reasons
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER decision_reasons_append_only_delete BEFORE DELETE ON decision_reasons
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;

CREATE TABLE batches (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('upload', 'mailing')),
    number          TEXT NOT NULL UNIQUE,
    center_id       INTEGER REFERENCES centers(id),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL DEFAULT '',
    output_path     TEXT NOT NULL DEFAULT '',
    tracking_number TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE batch_members (
    batch_id         INTEGER NOT NULL REFERENCES batches(id),
    student_id       INTEGER NOT NULL REFERENCES students(id),
    photo_version_id INTEGER REFERENCES photo_versions(id),
    PRIMARY KEY (batch_id, student_id)
);
CREATE INDEX batch_members_student ON batch_members(student_id);
CREATE INDEX batch_members_photo ON batch_members(photo_version_id);
CREATE TRIGGER batch_members_consistent BEFORE INSERT ON batch_members
BEGIN
    SELECT RAISE(ABORT, 'the photo version belongs to another student')
    WHERE NEW.photo_version_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM photo_versions WHERE id = NEW.photo_version_id AND student_id = NEW.student_id);
END;
)SQL"};

} // namespace gp::store
