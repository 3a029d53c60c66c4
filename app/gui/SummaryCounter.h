// The open workspace's summary counted on a thread of its own, through a database connection
// of its own, so that the student list shows (and can be used) first: with 100,000 students
// the counts take a few hundred milliseconds. The result comes back on the UI thread; a
// result that a newer count or a closed workspace made stale is dropped.
#pragma once

#include "core/store/WorkspaceSummary.h"

#include <exception>
#include <filesystem>
#include <functional>
#include <thread>

class wxEvtHandler;

namespace gp::gui {

class SummaryCounter {
public:
    using Done = std::function<void(const store::WorkspaceSummary&)>;
    using Failed = std::function<void(std::exception_ptr)>;

    explicit SummaryCounter(wxEvtHandler& owner) : owner_(owner) {}
    /// Waits for a count still running; its result is dropped.
    ~SummaryCounter();
    SummaryCounter(const SummaryCounter&) = delete;
    SummaryCounter& operator=(const SummaryCounter&) = delete;

    /// Counts the workspace in root; then, on the UI thread, done(summary) or failed(error),
    /// unless start() or forget() was called again meanwhile. A count still running is
    /// waited for first.
    void start(const std::filesystem::path& root, Done done, Failed failed);
    /// Drops the result of the count under way (e.g. the workspace was closed, or the summary
    /// was counted again on the UI thread).
    void forget() { ++generation_; }
    /// True from start() until its result was delivered or dropped.
    bool pending() const { return pending_ == generation_; }

private:
    wxEvtHandler& owner_;
    std::thread thread_;
    unsigned generation_ = 0; ///< UI thread only
    unsigned pending_ = ~0u;  ///< the generation whose result is awaited
};

} // namespace gp::gui
