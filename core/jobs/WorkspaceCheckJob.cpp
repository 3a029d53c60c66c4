#include "WorkspaceCheckJob.h"

#include "StoredCheckResult.h"
#include "core/checks/PhotoVerdict.h"
#include "core/store/Transaction.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

namespace gp::jobs {
namespace {

struct Task {
    domain::PhotoVersion photo;
    domain::StudentStatus status = domain::StudentStatus::AwaitingCheck;
};

struct Done {
    Task task;
    std::optional<checks::PhotoVerdict> verdict; ///< nothing when the original is missing
    std::exception_ptr error;                    ///< a failure outside the checks themselves
    std::string startedAt;
    std::string finishedAt;
};

domain::CheckRun toRun(const Done& d, const checks::PhotoProfile& profile) {
    domain::CheckRun run;
    run.submissionId = d.task.photo.id;
    run.profileId = profile.id();
    run.profileVersion = profile.version();
    run.engineVersion = kCheckEngineVersion;
    run.verdict = std::string(checks::toCode(d.verdict->verdict));
    run.startedAt = d.startedAt;
    run.finishedAt = d.finishedAt;
    for (const auto& o : d.verdict->outcomes) {
        run.results.push_back(storedResult(o));
    }
    return run;
}

/// Photo versions to check: the latest of each student on the roster.
std::vector<Task> collect(store::Workspace& ws, const checks::PhotoProfile& profile, bool all,
                          std::size_t& photos) {
    auto& store = ws.store();
    store::Transaction snapshot(store, store::Transaction::Kind::Read);
    std::vector<Task> tasks;
    for (const auto& s : store.students().list({})) {
        const auto latest = store.photoVersions().latestOf(s.id);
        if (!latest) {
            continue;
        }
        ++photos;
        if (!all) {
            const auto run = store.checkRuns().latestFor(latest->id, profile.id());
            if (run && run->profileVersion == profile.version() &&
                run->engineVersion == kCheckEngineVersion) {
                continue;
            }
        }
        tasks.push_back({*latest, s.status});
    }
    snapshot.commit();
    return tasks;
}

std::string readFile(const std::filesystem::path& p, bool& ok) {
    std::ifstream in(p, std::ios::binary);
    ok = static_cast<bool>(in);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

CheckJobResult runWorkspaceChecks(store::Workspace& ws, const checks::PhotoProfile& profile,
                                  const checks::CheckList& checks, const ContextFactory& factory,
                                  const CheckJobOptions& options) {
    CheckJobResult result;
    auto tasks = collect(ws, profile, options.all, result.photos);
    result.current = result.photos - tasks.size();

    // Workers check photos; this thread alone writes to the store.
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Done> done;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    auto worker = [&] {
        for (;;) {
            const auto i = next.fetch_add(1);
            if (i >= tasks.size() || stop) {
                return;
            }
            Done d;
            d.task = tasks[i];
            d.startedAt = ws.clock().nowIso();
            try {
                bool ok = false;
                const auto bytes = readFile(ws.photos().pathOf(d.task.photo.sha256), ok);
                if (ok) {
                    auto context = factory(bytes, d.task.photo.sourceName);
                    d.verdict = checks::runChecks(checks, *context);
                }
            } catch (...) {
                d.error = std::current_exception(); // never out of a worker thread
            }
            d.finishedAt = ws.clock().nowIso();
            {
                std::lock_guard lock(mutex);
                done.push_back(std::move(d));
            }
            ready.notify_one();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < std::max(1u, options.threads); ++t) {
        pool.emplace_back(worker);
    }

    constexpr std::size_t kPerTransaction = 100;
    std::optional<store::Transaction> tx;
    std::size_t uncommitted = 0;
    for (std::size_t handled = 0; handled < tasks.size();) {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return !done.empty(); });
        auto d = std::move(done.front());
        done.pop_front();
        lock.unlock();
        ++handled;
        if (d.error) {
            stop = true;
            for (auto& t : pool) {
                t.join();
            }
            if (tx) {
                tx->commit(); // what was checked before stays
            }
            std::rethrow_exception(d.error);
        }
        if (!tx) {
            tx.emplace(ws.store());
        }
        if (!d.verdict) {
            ++result.missingFiles;
            ws.log().error("check: the original of photo version %?d (%s) is missing from the "
                           "photo store",
                           d.task.photo.id, d.task.photo.sourceName);
        } else {
            auto run = toRun(d, profile);
            ws.store().checkRuns().save(run);
            ++result.checked;
            switch (d.verdict->verdict) {
            case checks::PhotoVerdictKind::Pass:
                ++result.passed;
                break;
            case checks::PhotoVerdictKind::Review:
                ++result.review;
                break;
            case checks::PhotoVerdictKind::Fail:
                ++result.failed;
                break;
            }
            if (d.task.status == domain::StudentStatus::AwaitingCheck) {
                ws.store().students().setStatus(d.task.photo.studentId,
                                                domain::StudentStatus::AwaitingReview);
            }
        }
        if (++uncommitted >= kPerTransaction) {
            tx->commit();
            tx.reset();
            uncommitted = 0;
        }
        if (options.progress && !options.progress(handled, tasks.size())) {
            result.stopped = true;
            stop = true;
            break;
        }
    }
    for (auto& t : pool) {
        t.join();
    }
    if (tx) {
        tx->commit();
    }
    ws.log().information("checked %z photo(s) against %s v%d: %z pass, %z review, %z fail%s",
                         result.checked, profile.id(), profile.version(), result.passed,
                         result.review, result.failed,
                         std::string(result.stopped ? " (stopped)" : ""));
    return result;
}

} // namespace gp::jobs
