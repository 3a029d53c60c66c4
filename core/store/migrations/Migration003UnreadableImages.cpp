// Migration 3: a comparison can say that the submission or the reference could not be decoded
// (unreadable_submission, unreadable_reference), with the decoder's message in `note`. SQLite
// cannot change a CHECK constraint in place, so the table is rebuilt with its rows.
#include "../Migration.h"

namespace gp::store {

extern const Migration kMigration003UnreadableImages;

const Migration kMigration003UnreadableImages{3, "unreadable images in face comparisons", R"SQL(
CREATE TABLE face_comparisons_v3 (
    id                 INTEGER PRIMARY KEY,
    photo_version_id   INTEGER NOT NULL REFERENCES photo_versions(id),
    reference_photo_id INTEGER REFERENCES reference_photos(id),
    model_id           TEXT NOT NULL,
    state              TEXT NOT NULL CHECK (state IN ('compared', 'no_reference',
                           'no_face_submission', 'multiple_faces_submission', 'no_face_reference',
                           'multiple_faces_reference', 'reference_too_poor',
                           'unreadable_submission', 'unreadable_reference')),
    distance           REAL,
    similarity         REAL,
    outcome            TEXT NOT NULL DEFAULT ''
                       CHECK (outcome IN ('', 'match', 'review', 'no_match')),
    computed_at        TEXT NOT NULL,
    note               TEXT NOT NULL DEFAULT ''
);
INSERT INTO face_comparisons_v3(id, photo_version_id, reference_photo_id, model_id, state,
                                distance, similarity, outcome, computed_at)
    SELECT id, photo_version_id, reference_photo_id, model_id, state, distance, similarity,
           outcome, computed_at FROM face_comparisons;
DROP TABLE face_comparisons;
ALTER TABLE face_comparisons_v3 RENAME TO face_comparisons;
CREATE UNIQUE INDEX face_comparisons_pair
    ON face_comparisons(photo_version_id, ifnull(reference_photo_id, 0), model_id);
CREATE INDEX face_comparisons_reference ON face_comparisons(reference_photo_id);
)SQL"};

} // namespace gp::store
