#include "ReviewRows.h"

#include "core/store/sqlite/SqliteStore.h"

#include <algorithm>
#include <sqlite3.h>
#include <stdexcept>
#include <string_view>
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
       (SELECT COUNT(*) FROM duplicate_flags WHERE student_id = s.id),
       (SELECT o.student_no FROM duplicate_flags d JOIN students o ON o.id = d.other_student_id
         WHERE d.student_id = s.id
         ORDER BY CASE d.kind WHEN 'same_bytes' THEN 0 WHEN 'near_identical' THEN 1 ELSE 2 END,
                  o.student_no LIMIT 1)
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

// Every student at once: a few sequential scans in table order, merged in memory, cost far
// less than the single-row statement's index probes done 100,000 times, and less than letting
// SQLite group and sort (measured on 100,000 students: 95 ms of SQL instead of 290 ms).
constexpr const char* kStudentsSql = R"SQL(
SELECT id, student_no, name, exam_no, id_number, ifnull(center_id, 0), status
FROM students WHERE withdrawn = 0
)SQL";
constexpr const char* kLatestPhotosSql = R"SQL(
SELECT student_id, id, version, imported_at FROM photo_versions
)SQL";
constexpr const char* kLatestRunsSql = R"SQL(
SELECT photo_version_id, id, verdict FROM check_runs WHERE profile_id = ?1
)SQL";
constexpr const char* kRunReasonsSql = R"SQL(
SELECT r.run_id, r.reason_code FROM check_runs c JOIN check_results r ON r.run_id = c.id
WHERE c.profile_id = ?1 AND c.verdict <> 'pass' AND r.reason_code <> ''
  AND r.verdict IN ('warn', 'fail')
ORDER BY r.run_id, r.position
)SQL";
constexpr const char* kEnrollmentPhotosSql = R"SQL(
SELECT student_id, id FROM reference_photos WHERE kind = 'enrollment'
)SQL";
constexpr const char* kFacesSql = R"SQL(
SELECT photo_version_id, reference_photo_id, id, similarity, outcome
FROM face_comparisons WHERE state = 'compared'
)SQL";
// In the order the reviewer's sidebar lists them: the first is the one the list shows.
constexpr const char* kDuplicatesSql = R"SQL(
SELECT d.student_id, o.student_no FROM duplicate_flags d
JOIN students o ON o.id = d.other_student_id
ORDER BY d.student_id,
         CASE d.kind WHEN 'same_bytes' THEN 0 WHEN 'near_identical' THEN 1 ELSE 2 END,
         o.student_no
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

/// A text column without a copy; valid until the next step.
std::string_view view(sqlite3_stmt* st, int column) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(st, column)))
             : std::string_view();
}

std::vector<ReviewRow> queryAll(sqlite3* db, const std::string& profileId) {
    const auto count = [&](const char* sql) {
        std::size_t n = 0;
        each(db, sql, profileId,
             [&](sqlite3_stmt* st) { n = std::size_t(sqlite3_column_int64(st, 0)); });
        return n;
    };
    // Sized once: the largest ids, so that the by-id vectors never grow row by row.
    const auto maxStudent = count("SELECT ifnull(MAX(id), 0) FROM students");
    const auto maxPhoto = count("SELECT ifnull(MAX(id), 0) FROM photo_versions");

    struct Photo {
        domain::SubmissionId id = 0;
        int version = 0;
        std::string importedAt;
    };
    std::vector<Photo> latest(maxStudent + 1);          // by student id
    std::vector<domain::StudentId> owner(maxPhoto + 1); // by photo version id
    each(db, kLatestPhotosSql, profileId, [&](sqlite3_stmt* st) {
        at(owner, sqlite3_column_int64(st, 1)) = sqlite3_column_int64(st, 0);
        auto& p = at(latest, sqlite3_column_int64(st, 0));
        const int version = sqlite3_column_int(st, 2);
        if (version > p.version) {
            p.id = sqlite3_column_int64(st, 1);
            p.version = version;
            p.importedAt.assign(view(st, 3));
        }
    });
    struct Run {
        std::int64_t id = 0;
        char verdict[8] = {}; ///< pass, review, fail, error
    };
    std::vector<Run> runs(maxPhoto + 1); // the latest run by photo version id
    each(db, kLatestRunsSql, profileId, [&](sqlite3_stmt* st) {
        auto& r = at(runs, sqlite3_column_int64(st, 0));
        const auto id = sqlite3_column_int64(st, 1);
        if (id > r.id) {
            r.id = id;
            const auto v = view(st, 2);
            const auto n = std::min(v.size(), sizeof r.verdict - 1);
            std::copy_n(v.data(), n, r.verdict);
            r.verdict[n] = '\0';
        }
    });
    std::vector<std::string> runReasons; // by run id
    each(db, kRunReasonsSql, profileId, [&](sqlite3_stmt* st) {
        auto& r = at(runReasons, sqlite3_column_int64(st, 0));
        if (!r.empty()) {
            r += ',';
        }
        r += view(st, 1);
    });
    std::vector<std::int64_t> enrollment(maxStudent + 1); // latest enrollment photo by student
    each(db, kEnrollmentPhotosSql, profileId, [&](sqlite3_stmt* st) {
        auto& e = at(enrollment, sqlite3_column_int64(st, 0));
        e = std::max(e, static_cast<std::int64_t>(sqlite3_column_int64(st, 1)));
    });
    struct Face {
        std::int64_t id = 0;
        std::int64_t reference = 0;
        std::optional<double> similarity;
        std::string outcome;
    };
    // The latest comparison with the student's latest enrollment photo, by photo version id.
    std::vector<Face> faces(maxPhoto + 1);
    each(db, kFacesSql, profileId, [&](sqlite3_stmt* st) {
        const auto photo = sqlite3_column_int64(st, 0);
        const auto reference = sqlite3_column_int64(st, 1);
        const auto student = at(owner, photo);
        if (reference == 0 || reference != at(enrollment, student)) {
            return;
        }
        const auto id = sqlite3_column_int64(st, 2);
        auto& f = at(faces, photo);
        if (id > f.id) {
            f.id = id;
            f.reference = reference;
            f.similarity.reset();
            if (sqlite3_column_type(st, 3) != SQLITE_NULL) {
                f.similarity = sqlite3_column_double(st, 3);
            }
            f.outcome.assign(view(st, 4));
        }
    });
    std::vector<std::string> rejected(maxStudent + 1); // by student id
    each(db, kRejectionReasonsSql, profileId,
         [&](sqlite3_stmt* st) { at(rejected, sqlite3_column_int64(st, 0)).assign(view(st, 1)); });

    struct Duplicate {
        std::string first; ///< the other student's 学号
        int count = 0;
    };
    std::vector<Duplicate> duplicated(maxStudent + 1); // by student id
    each(db, kDuplicatesSql, profileId, [&](sqlite3_stmt* st) {
        auto& d = at(duplicated, sqlite3_column_int64(st, 0));
        if (d.count++ == 0) {
            d.first.assign(view(st, 1));
        }
    });

    const auto get = [](const auto& v, std::int64_t i) -> const auto* {
        return i >= 0 && static_cast<std::size_t>(i) < v.size() ? &v[static_cast<std::size_t>(i)]
                                                                : nullptr;
    };
    std::vector<ReviewRow> rows;
    rows.reserve(maxStudent);
    each(db, kStudentsSql, profileId, [&](sqlite3_stmt* st) {
        auto& r = rows.emplace_back();
        r.id = sqlite3_column_int64(st, 0);
        r.studentNo.assign(view(st, 1));
        r.name.assign(view(st, 2));
        r.examNo.assign(view(st, 3));
        r.idNumber.assign(view(st, 4));
        r.centerId = sqlite3_column_int64(st, 5);
        r.status = domain::studentStatusFromCode(view(st, 6)).value_or(r.status);
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
            if (const auto* f = get(faces, p->id); f && f->id != 0) {
                r.similarity = f->similarity;
                r.faceOutcome = f->outcome;
            }
        }
        if (const auto* d = get(duplicated, r.id); d && d->count > 0) {
            r.duplicate = true;
            r.duplicateOf = d->first;
            r.duplicateCount = d->count;
        }
        if (r.status == domain::StudentStatus::Retake) {
            if (const auto* reasons = get(rejected, r.id); reasons && !reasons->empty()) {
                r.reasonCodes += (r.reasonCodes.empty() ? "" : ",") + *reasons;
            }
        }
    });
    // By 学号. Rosters are mostly imported in 学号 order, so usually nothing moves.
    const auto byStudentNo = [](const ReviewRow& a, const ReviewRow& b) {
        return a.studentNo < b.studentNo;
    };
    if (!std::is_sorted(rows.begin(), rows.end(), byStudentNo)) {
        std::sort(rows.begin(), rows.end(), byStudentNo);
    }
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
        r.duplicateCount = sqlite3_column_int(st, 15);
        r.duplicate = r.duplicateCount > 0;
        r.duplicateOf = text(st, 16);
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
