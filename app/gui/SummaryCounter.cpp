#include "SummaryCounter.h"

#include "core/store/WorkspaceLayout.h"
#include "core/store/sqlite/SqliteStore.h"

#include <wx/event.h>

namespace gp::gui {

SummaryCounter::~SummaryCounter() {
    ++generation_;
    if (thread_.joinable()) {
        thread_.join();
    }
    // A delivery already queued on owner_ is deleted with the owner's pending events: the
    // owner (the frame) holds this object and is being destroyed too.
}

void SummaryCounter::start(const std::filesystem::path& root, Done done, Failed failed) {
    if (thread_.joinable()) {
        thread_.join();
    }
    const unsigned generation = ++generation_;
    pending_ = generation;
    const auto database = store::WorkspaceLayout{root}.database();
    thread_ = std::thread([this, root, database, generation, done = std::move(done),
                           failed = std::move(failed)]() mutable {
        store::WorkspaceSummary summary;
        std::exception_ptr error;
        try {
            store::SqliteStore own(database);
            summary = store::summarize(own, root);
        } catch (...) {
            error = std::current_exception();
        }
        owner_.CallAfter([this, generation, summary = std::move(summary), error,
                          done = std::move(done), failed = std::move(failed)] {
            if (generation != generation_) {
                return; // stale
            }
            pending_ = ~0u;
            if (error) {
                failed(error);
            } else {
                done(summary);
            }
        });
    });
}

} // namespace gp::gui
