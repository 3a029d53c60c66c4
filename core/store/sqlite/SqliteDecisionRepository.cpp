#include "SqliteDecisionRepository.h"

#include "Rows.h"

#include <Poco/Data/Binding.h>

namespace gp::store {

using domain::Decision;
using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::now;

domain::DecisionId SqliteDecisionRepository::append(Decision& d) {
    SqliteDatabase::Savepoint unit(db_); // the decision with its reasons, or nothing
    db_.session() << "INSERT INTO decisions(student_id, photo_version_id, photo_sha256, reviewer, "
                     "decided_at, kind, note, reverses_id) "
                     "VALUES (?, NULLIF(?, 0), ?, ?, ?, ?, ?, NULLIF(?, 0))",
        bind(static_cast<Poco::Int64>(d.studentId)), bind(static_cast<Poco::Int64>(d.submissionId)),
        bind(d.photoSha256), bind(d.reviewer), bind(d.decidedAt),
        bind(std::string(domain::toCode(d.kind))), bind(d.note),
        bind(static_cast<Poco::Int64>(d.reverses)), now;
    d.id = db_.lastInsertId();
    int position = 0;
    for (const auto& code : d.reasonCodes) {
        db_.session() << "INSERT INTO decision_reasons(decision_id, position, reason_code) "
                         "VALUES (?, ?, ?)",
            bind(static_cast<Poco::Int64>(d.id)), bind(position++), bind(code), now;
    }
    unit.release();
    return d.id;
}

std::vector<Decision> SqliteDecisionRepository::select(const std::string& where, Poco::Int64 key) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT d.id, d.student_id, d.photo_version_id, d.photo_sha256, d.reviewer, "
          "d.decided_at, d.kind, d.note, d.reverses_id, r.reason_code FROM decisions d "
          "LEFT JOIN decision_reasons r ON r.decision_id = d.id WHERE "
       << where << " ORDER BY d.id, r.position",
        bind(key);
    std::vector<Decision> out;
    forEachRow(st, [&](const Row& r) {
        const auto id = r.integer("id");
        if (out.empty() || out.back().id != id) {
            Decision d;
            d.id = id;
            d.studentId = r.integer("student_id");
            d.submissionId = r.integer("photo_version_id");
            d.photoSha256 = r.text("photo_sha256");
            d.reviewer = r.text("reviewer");
            d.decidedAt = r.text("decided_at");
            d.kind = domain::decisionKindFromCode(r.text("kind")).value_or(d.kind);
            d.note = r.text("note");
            d.reverses = r.integer("reverses_id");
            out.push_back(std::move(d));
        }
        if (!r.isNull("reason_code")) {
            out.back().reasonCodes.push_back(r.text("reason_code"));
        }
    });
    return out;
}

std::optional<Decision> SqliteDecisionRepository::byId(domain::DecisionId id) {
    auto rows = select("d.id = ?", id);
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::vector<Decision> SqliteDecisionRepository::historyOf(domain::StudentId student) {
    return select("d.student_id = ?", student);
}

std::size_t SqliteDecisionRepository::count() {
    return static_cast<std::size_t>(queryInteger(db_.session(), "SELECT COUNT(*) FROM decisions"));
}

} // namespace gp::store
