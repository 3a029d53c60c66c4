#include "ReviewRows.h"

#include "core/store/sqlite/SqliteStore.h"

#include <sqlite3.h>
#include <stdexcept>

namespace gp::review {

bool ReviewRow::hasReason(const std::string& code) const {
    if (code.empty()) {
        return true;
    }
    std::size_t from = 0;
    while ((from = reasonCodes.find(code, from)) != std::string::npos) {
        const auto end = from + code.size();
        const bool startOk = from == 0 || reasonCodes[from - 1] == ',';
        const bool endOk = end == reasonCodes.size() || reasonCodes[end] == ',';
        if (startOk && endOk) {
            return true;
        }
        from = end;
    }
    return false;
}

namespace {

// One statement, read with SQLite's own API: Poco's RecordSet converts every cell through a
// variant, which is what makes 100,000 rows slow.
constexpr const char* kRowsSql = R"SQL(
SELECT s.id, s.student_no, s.name, s.exam_no, s.id_number, ifnull(s.center_id, 0), s.status,
       p.id, p.version, p.imported_at, r.verdict,
       (SELECT group_concat(reason_code) FROM check_results
         WHERE run_id = r.id AND reason_code <> '' AND verdict IN ('warn', 'fail')),
       (SELECT group_concat(dr.reason_code) FROM decision_reasons dr
         WHERE dr.decision_id = (SELECT MAX(d.id) FROM decisions d
                                  WHERE d.student_id = s.id AND d.kind <> 'reversal'
                                    AND NOT EXISTS (SELECT 1 FROM decisions x
                                                     WHERE x.reverses_id = d.id))),
       f.similarity, f.outcome
FROM students s
LEFT JOIN photo_versions p
       ON p.student_id = s.id
      AND p.version = (SELECT MAX(version) FROM photo_versions WHERE student_id = s.id)
LEFT JOIN check_runs r
       ON r.id = (SELECT MAX(id) FROM check_runs
                   WHERE photo_version_id = p.id AND profile_id = ?1)
LEFT JOIN face_comparisons f
       ON f.id = (SELECT MAX(fc.id) FROM face_comparisons fc
                   JOIN reference_photos rp ON rp.id = fc.reference_photo_id
                  WHERE fc.photo_version_id = p.id AND rp.kind = 'enrollment'
                    AND fc.state = 'compared')
WHERE s.withdrawn = 0 AND (?2 = 0 OR s.id = ?2)
ORDER BY s.student_no
)SQL";

std::string text(sqlite3_stmt* st, int column) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(st, column)))
             : std::string();
}

std::vector<ReviewRow> query(store::SqliteDatabase& db, const std::string& profileId,
                             domain::StudentId only) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.handle(), kRowsSql, -1, &st, nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string("review rows: ") + sqlite3_errmsg(db.handle()));
    }
    struct Finalize {
        sqlite3_stmt* st;
        ~Finalize() { sqlite3_finalize(st); }
    } finalize{st};
    sqlite3_bind_text(st, 1, profileId.c_str(), static_cast<int>(profileId.size()),
                      SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, only);
    std::vector<ReviewRow> rows;
    int rc = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ReviewRow r;
        r.id = sqlite3_column_int64(st, 0);
        r.studentNo = text(st, 1);
        r.name = text(st, 2);
        r.examNo = text(st, 3);
        r.idNumber = text(st, 4);
        r.centerId = sqlite3_column_int64(st, 5);
        r.status = domain::studentStatusFromCode(text(st, 6)).value_or(r.status);
        r.photo = sqlite3_column_int64(st, 7);
        r.version = sqlite3_column_int(st, 8);
        r.submittedAt = text(st, 9);
        r.verdict = text(st, 10);
        r.reasonCodes = text(st, 11);
        const auto rejected = text(st, 12);
        if (!rejected.empty()) {
            r.reasonCodes += (r.reasonCodes.empty() ? "" : ",") + rejected;
        }
        if (sqlite3_column_type(st, 13) != SQLITE_NULL) {
            r.similarity = sqlite3_column_double(st, 13);
        }
        r.faceOutcome = text(st, 14);
        rows.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE) {
        throw std::runtime_error(std::string("review rows: ") + sqlite3_errmsg(db.handle()));
    }
    return rows;
}

store::SqliteDatabase& sqliteOf(store::WorkspaceStore& store) {
    auto* sqlite = dynamic_cast<store::SqliteStore*>(&store);
    if (sqlite == nullptr) {
        throw std::logic_error("the review list reads a SQLite workspace store");
    }
    return sqlite->database();
}

} // namespace

std::vector<ReviewRow> loadReviewRows(store::WorkspaceStore& store, const std::string& profileId) {
    return query(sqliteOf(store), profileId, 0);
}

std::optional<ReviewRow> loadReviewRow(store::WorkspaceStore& store, const std::string& profileId,
                                       domain::StudentId student) {
    auto rows = query(sqliteOf(store), profileId, student);
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows.front();
}

} // namespace gp::review
