#include "SqliteBatchRepository.h"

#include "Rows.h"

#include <Poco/Data/Binding.h>

namespace gp::store {

using domain::Batch;
using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

domain::BatchId SqliteBatchRepository::create(Batch& b) {
    SqliteDatabase::Savepoint unit(db_); // the batch and all its members, or nothing
    db_.session() << "INSERT INTO batches(kind, number, center_id, created_at, created_by, "
                     "output_path, tracking_number, note) "
                     "VALUES (?, ?, NULLIF(?, 0), ?, ?, ?, ?, ?)",
        bind(std::string(domain::toCode(b.kind))), bind(b.number),
        bind(static_cast<Poco::Int64>(b.centerId)), bind(b.createdAt), bind(b.createdBy),
        bind(b.outputPath), bind(b.trackingNumber), bind(b.note), now;
    b.id = db_.lastInsertId();
    for (const auto& m : b.members) {
        db_.session() << "INSERT INTO batch_members(batch_id, student_id, photo_version_id) "
                         "VALUES (?, ?, NULLIF(?, 0))",
            bind(static_cast<Poco::Int64>(b.id)), bind(static_cast<Poco::Int64>(m.studentId)),
            bind(static_cast<Poco::Int64>(m.submissionId)), now;
    }
    unit.release();
    return b.id;
}

std::vector<Batch> SqliteBatchRepository::select(const std::string& where, const std::string& key) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT b.id, b.kind, b.number, b.center_id, b.created_at, b.created_by, "
          "b.output_path, b.tracking_number, b.note, m.student_id, m.photo_version_id "
          "FROM batches b LEFT JOIN batch_members m ON m.batch_id = b.id WHERE "
       << where << " ORDER BY b.id DESC, m.student_id",
        bind(key);
    std::vector<Batch> out;
    forEachRow(st, [&](const Row& r) {
        const auto id = r.integer("id");
        if (out.empty() || out.back().id != id) {
            Batch b;
            b.id = id;
            b.kind = domain::batchKindFromCode(r.text("kind")).value_or(b.kind);
            b.number = r.text("number");
            b.centerId = r.integer("center_id");
            b.createdAt = r.text("created_at");
            b.createdBy = r.text("created_by");
            b.outputPath = r.text("output_path");
            b.trackingNumber = r.text("tracking_number");
            b.note = r.text("note");
            out.push_back(std::move(b));
        }
        if (!r.isNull("student_id")) {
            out.back().members.push_back({r.integer("student_id"), r.integer("photo_version_id")});
        }
    });
    return out;
}

std::optional<Batch> SqliteBatchRepository::byNumber(const std::string& number) {
    auto rows = select("b.number = ?", number);
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::vector<Batch> SqliteBatchRepository::list(domain::BatchKind kind) {
    return select("b.kind = ?", std::string(domain::toCode(kind)));
}

void SqliteBatchRepository::setTrackingNumber(domain::BatchId id, const std::string& tracking) {
    db_.session() << "UPDATE batches SET tracking_number = ? WHERE id = ?", bind(tracking),
        bind(static_cast<Poco::Int64>(id)), now;
}

bool SqliteBatchRepository::contains(domain::BatchKind kind, domain::StudentId student) {
    Poco::Int64 n = 0;
    db_.session() << "SELECT COUNT(*) FROM batch_members m JOIN batches b ON b.id = m.batch_id "
                     "WHERE b.kind = ? AND m.student_id = ?",
        bind(std::string(domain::toCode(kind))), bind(static_cast<Poco::Int64>(student)), into(n),
        now;
    return n > 0;
}

bool SqliteBatchRepository::containsPhoto(domain::BatchKind kind, domain::StudentId student,
                                          domain::SubmissionId photo) {
    Poco::Int64 n = 0;
    db_.session() << "SELECT COUNT(*) FROM batch_members m JOIN batches b ON b.id = m.batch_id "
                     "WHERE b.kind = ? AND m.student_id = ? "
                     "AND (m.photo_version_id = ? OR m.photo_version_id IS NULL)",
        bind(std::string(domain::toCode(kind))), bind(static_cast<Poco::Int64>(student)),
        bind(static_cast<Poco::Int64>(photo)), into(n), now;
    return n > 0;
}

std::size_t SqliteBatchRepository::count(domain::BatchKind kind) {
    Poco::Int64 n = 0;
    db_.session() << "SELECT COUNT(*) FROM batches WHERE kind = ?",
        bind(std::string(domain::toCode(kind))), into(n), now;
    return static_cast<std::size_t>(n);
}

} // namespace gp::store
