#include "ReviewRows.h"

#include "core/store/sqlite/SqliteStore.h"

#include <algorithm>
#include <sqlite3.h>
#include <stdexcept>
#include <vector>

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
       -- Reasons only where there can be some: a run that did not pass, a student whose
       -- (cached) status says a rejection is in force. Saves most of the lookups.
       CASE WHEN r.verdict <> 'pass' THEN
       (SELECT group_concat(reason_code) FROM check_results
         WHERE run_id = r.id AND reason_code <> '' AND verdict IN ('warn', 'fail')) END,
       CASE WHEN s.status = 'retake' THEN
       (SELECT group_concat(dr.reason_code) FROM decision_reasons dr
         WHERE dr.decision_id = (SELECT MAX(d.id) FROM decisions d
                                  WHERE d.student_id = s.id AND d.kind <> 'reversal'
                                    AND NOT EXISTS (SELECT 1 FROM decisions x
                                                     WHERE x.reverses_id = d.id))) END,
       f.similarity, f.outcome,
       EXISTS (SELECT 1 FROM duplicate_flags WHERE student_id = s.id)
FROM students s
LEFT JOIN photo_versions p
       ON p.student_id = s.id
      AND p.version = (SELECT MAX(version) FROM photo_versions WHERE student_id = s.id)
LEFT JOIN check_runs r
       ON r.id = (SELECT MAX(id) FROM check_runs
                   WHERE photo_version_id = p.id AND profile_id = ?1)
LEFT JOIN face_comparisons f
       ON f.id = (SELECT MAX(fc.id) FROM face_comparisons fc
                  WHERE fc.photo_version_id = p.id AND fc.state = 'compared'
                    AND fc.reference_photo_id =
                        (SELECT MAX(rp.id) FROM reference_photos rp
                          WHERE rp.student_id = s.id AND rp.kind = 'enrollment'))
WHERE s.id = ?2 AND s.withdrawn = 0
)SQL";

// Every student at once: a few sequential scans merged in memory cost far less than the
// single-row statement's index probes done 100,000 times.
constexpr const char* kStudentsSql = R"SQL(
SELECT id, student_no, name, exam_no, id_number, ifnull(center_id, 0), status
FROM students WHERE withdrawn = 0 ORDER BY student_no
)SQL";
constexpr const char* kLatestPhotosSql = R"SQL(
SELECT student_id, id, version, imported_at FROM photo_versions
)SQL";
constexpr const char* kLatestRunsSql = R"SQL(
SELECT photo_version_id, MAX(id), verdict FROM check_runs WHERE profile_id = ?1
GROUP BY photo_version_id
)SQL";
constexpr const char* kRunReasonsSql = R"SQL(
SELECT r.run_id, r.reason_code FROM check_runs c JOIN check_results r ON r.run_id = c.id
WHERE c.profile_id = ?1 AND c.verdict <> 'pass' AND r.reason_code <> ''
  AND r.verdict IN ('warn', 'fail')
ORDER BY r.run_id, r.position
)SQL";
constexpr const char* kFacesSql = R"SQL(
SELECT fc.photo_version_id, MAX(fc.id), fc.similarity, fc.outcome
FROM face_comparisons fc
JOIN (SELECT MAX(id) AS id FROM reference_photos WHERE kind = 'enrollment'
      GROUP BY student_id) rp ON rp.id = fc.reference_photo_id
WHERE fc.state = 'compared'
GROUP BY fc.photo_version_id
)SQL";
constexpr const char* kDuplicatesSql = R"SQL(
SELECT DISTINCT student_id FROM duplicate_flags
)SQL";
constexpr const char* kRejectionReasonsSql = R"SQL(
SELECT s.id,
       (SELECT group_concat(dr.reason_code) FROM decision_reasons dr
         WHERE dr.decision_id = (SELECT MAX(d.id) FROM decisions d
                                  WHERE d.student_id = s.id AND d.kind <> 'reversal'
                                    AND NOT EXISTS (SELECT 1 FROM decisions x
                                                     WHERE x.reverses_id = d.id)))
FROM students s WHERE s.status = 'retake' AND s.withdrawn = 0
)SQL";

std::string text(sqlite3_stmt* st, int column) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(st, column)))
             : std::string();
}

/// Runs sql with ?1 = profileId (if it has one) and calls f(statement) for each row.
template <class F>
void each(sqlite3* db, const char* sql, const std::string& profileId, F&& f) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string("review rows: ") + sqlite3_errmsg(db));
    }
    struct Finalize {
        sqlite3_stmt* st;
        ~Finalize() { sqlite3_finalize(st); }
    } finalize{st};
    if (sqlite3_bind_parameter_count(st) > 0) {
        sqlite3_bind_text(st, 1, profileId.c_str(), static_cast<int>(profileId.size()),
                          SQLITE_TRANSIENT);
    }
    int rc = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        f(st);
    }
    if (rc != SQLITE_DONE) {
        throw std::runtime_error(std::string("review rows: ") + sqlite3_errmsg(db));
    }
}

/// Grows v so that v[i] exists.
template <class T>
T& at(std::vector<T>& v, std::int64_t i) {
    const auto n = static_cast<std::size_t>(i);
    if (v.size() <= n) {
        v.resize(n + 1 + n / 2);
    }
    return v[n];
}

std::vector<ReviewRow> queryAll(sqlite3* db, const std::string& profileId) {
    struct Photo {
        domain::SubmissionId id = 0;
        int version = 0;
        std::string importedAt;
    };
    std::vector<Photo> latest; // by student id
    each(db, kLatestPhotosSql, profileId, [&](sqlite3_stmt* st) {
        auto& p = at(latest, sqlite3_column_int64(st, 0));
        const int version = sqlite3_column_int(st, 2);
        if (version > p.version) {
            p.id = sqlite3_column_int64(st, 1);
            p.version = version;
            p.importedAt = text(st, 3);
        }
    });
    struct Run {
        std::int64_t id = 0;
        std::string verdict;
    };
    std::vector<Run> runs; // by photo version id
    each(db, kLatestRunsSql, profileId, [&](sqlite3_stmt* st) {
        at(runs, sqlite3_column_int64(st, 0)) = {sqlite3_column_int64(st, 1), text(st, 2)};
    });
    std::vector<std::string> runReasons; // by run id
    each(db, kRunReasonsSql, profileId, [&](sqlite3_stmt* st) {
        auto& r = at(runReasons, sqlite3_column_int64(st, 0));
        r += (r.empty() ? "" : ",") + text(st, 1);
    });
    struct Face {
        std::optional<double> similarity;
        std::string outcome;
    };
    std::vector<Face> faces; // by photo version id
    each(db, kFacesSql, profileId, [&](sqlite3_stmt* st) {
        auto& f = at(faces, sqlite3_column_int64(st, 0));
        if (sqlite3_column_type(st, 2) != SQLITE_NULL) {
            f.similarity = sqlite3_column_double(st, 2);
        }
        f.outcome = text(st, 3);
    });
    std::vector<std::string> rejected; // by student id
    each(db, kRejectionReasonsSql, profileId,
         [&](sqlite3_stmt* st) { at(rejected, sqlite3_column_int64(st, 0)) = text(st, 1); });

    std::vector<char> duplicated; // by student id
    each(db, kDuplicatesSql, profileId,
         [&](sqlite3_stmt* st) { at(duplicated, sqlite3_column_int64(st, 0)) = 1; });

    const auto get = [](const auto& v, std::int64_t i) -> const auto* {
        return i >= 0 && static_cast<std::size_t>(i) < v.size() ? &v[static_cast<std::size_t>(i)]
                                                                : nullptr;
    };
    std::vector<ReviewRow> rows;
    each(db, kStudentsSql, profileId, [&](sqlite3_stmt* st) {
        ReviewRow r;
        r.id = sqlite3_column_int64(st, 0);
        r.studentNo = text(st, 1);
        r.name = text(st, 2);
        r.examNo = text(st, 3);
        r.idNumber = text(st, 4);
        r.centerId = sqlite3_column_int64(st, 5);
        r.status = domain::studentStatusFromCode(text(st, 6)).value_or(r.status);
        if (const auto* p = get(latest, r.id); p && p->id != 0) {
            r.photo = p->id;
            r.version = p->version;
            r.submittedAt = p->importedAt;
            if (const auto* run = get(runs, p->id); run && run->id != 0) {
                r.verdict = run->verdict;
                if (r.verdict != "pass") {
                    if (const auto* reasons = get(runReasons, run->id)) {
                        r.reasonCodes = *reasons;
                    }
                }
            }
            if (const auto* f = get(faces, p->id)) {
                r.similarity = f->similarity;
                r.faceOutcome = f->outcome;
            }
        }
        if (const auto* d = get(duplicated, r.id)) {
            r.duplicate = *d != 0;
        }
        if (r.status == domain::StudentStatus::Retake) {
            if (const auto* reasons = get(rejected, r.id); reasons && !reasons->empty()) {
                r.reasonCodes += (r.reasonCodes.empty() ? "" : ",") + *reasons;
            }
        }
        rows.push_back(std::move(r));
    });
    return rows;
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
        r.duplicate = sqlite3_column_int(st, 15) != 0;
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
    return queryAll(sqliteOf(store).handle(), profileId);
}

std::vector<ReviewRow> loadReviewRows(const std::filesystem::path& databaseFile,
                                      const std::string& profileId) {
    sqlite3* db = nullptr;
    struct Close {
        sqlite3*& db;
        ~Close() { sqlite3_close(db); }
    } close{db};
    if (sqlite3_open_v2(databaseFile.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        throw std::runtime_error("review rows: cannot open " + databaseFile.string() + ": " +
                                 (db ? sqlite3_errmsg(db) : "out of memory"));
    }
    sqlite3_busy_timeout(db, 15000);
    sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    // One snapshot for all the scans.
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string("review rows: ") + sqlite3_errmsg(db));
    }
    auto rows = queryAll(db, profileId);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return rows;
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
