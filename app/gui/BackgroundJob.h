// Long work off the UI thread: the work runs on its own thread and its completion is delivered
// back on the UI thread (CallAfter), so the window keeps drawing and answering. One job at a
// time; the job can be asked to stop, and reports progress through atomics the UI polls.
// Whoever starts a job must not touch what the job uses (e.g. the workspace's database
// connection) until done() runs.
#pragma once

#include <atomic>
#include <exception>
#include <functional>
#include <thread>

class wxEvtHandler;

namespace gp::gui {

class BackgroundJob {
public:
    explicit BackgroundJob(wxEvtHandler& owner);
    /// Asks a running job to stop and waits for it; its done() is not called.
    ~BackgroundJob();
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    /// Runs work on a new thread; then, on the UI thread, done(error), error being null when
    /// work returned normally. False (and nothing runs) while another job is running.
    bool start(std::function<void()> work, std::function<void(std::exception_ptr)> done);
    bool running() const { return running_; }

    void requestStop() { stop_ = true; }
    bool stopRequested() const { return stop_; }

    /// Progress for the UI to poll: done of total (total 0: unknown).
    void setProgress(std::size_t done, std::size_t total) {
        done_ = done;
        total_ = total;
    }
    std::size_t progressDone() const { return done_; }
    std::size_t progressTotal() const { return total_; }

private:
    wxEvtHandler& owner_;
    std::thread thread_;
    bool running_ = false; ///< UI thread only
    std::atomic<bool> stop_{false};
    std::atomic<std::size_t> done_{0};
    std::atomic<std::size_t> total_{0};
};

} // namespace gp::gui
