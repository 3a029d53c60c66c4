#include "SqliteCheckRunRepository.h"

#include "Rows.h"

#include <Poco/Data/Binding.h>

namespace gp::store {

using domain::CheckRun;
using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::now;

domain::CheckRunId SqliteCheckRunRepository::save(CheckRun& run) {
    const auto photo = static_cast<Poco::Int64>(run.submissionId);
    // Every run is kept; the newest is the current one. The run with its results, or nothing.
    SqliteDatabase::Savepoint unit(db_);
    db_.session() << "INSERT INTO check_runs(photo_version_id, profile_id, profile_version, "
                     "engine_version, verdict, started_at, finished_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
        bind(photo), bind(run.profileId), bind(run.profileVersion), bind(run.engineVersion),
        bind(run.verdict), bind(run.startedAt), bind(run.finishedAt), now;
    run.id = db_.lastInsertId();
    int position = 0;
    for (const auto& r : run.results) {
        db_.session() << "INSERT INTO check_results(run_id, position, check_id, verdict, "
                         "value_json, limit_text, reason_code, overlay_json, limit_json) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            bind(static_cast<Poco::Int64>(run.id)), bind(position++), bind(r.checkId),
            bind(r.verdict), bind(r.valueJson), bind(r.limitText), bind(r.reasonCode),
            bind(r.overlayJson), bind(r.limitJson), now;
    }
    unit.release();
    return run.id;
}

std::optional<CheckRun> SqliteCheckRunRepository::latestFor(domain::SubmissionId photo,
                                                            const std::string& profileId) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT id, photo_version_id, profile_id, profile_version, engine_version, verdict, "
          "started_at, finished_at FROM check_runs WHERE photo_version_id = ? "
          "AND profile_id = ? ORDER BY id DESC LIMIT 1",
        bind(static_cast<Poco::Int64>(photo)), bind(profileId);
    std::optional<CheckRun> run;
    forEachRow(st, [&](const Row& r) {
        CheckRun c;
        c.id = r.integer("id");
        c.submissionId = r.integer("photo_version_id");
        c.profileId = r.text("profile_id");
        c.profileVersion = static_cast<int>(r.integer("profile_version"));
        c.engineVersion = r.text("engine_version");
        c.verdict = r.text("verdict");
        c.startedAt = r.text("started_at");
        c.finishedAt = r.text("finished_at");
        run = std::move(c);
    });
    if (!run) {
        return run;
    }
    Poco::Data::Statement results(db_.session());
    results << "SELECT check_id, verdict, value_json, limit_text, reason_code, overlay_json, "
               "limit_json "
               "FROM check_results WHERE run_id = ? ORDER BY position",
        bind(static_cast<Poco::Int64>(run->id));
    forEachRow(results, [&](const Row& r) {
        run->results.push_back({r.text("check_id"), r.text("verdict"), r.text("value_json"),
                                r.text("limit_text"), r.text("reason_code"), r.text("overlay_json"),
                                r.text("limit_json")});
    });
    return run;
}

std::size_t SqliteCheckRunRepository::count() {
    return static_cast<std::size_t>(queryInteger(db_.session(), "SELECT COUNT(*) FROM check_runs"));
}

} // namespace gp::store
