#include "BackgroundJob.h"

#include <wx/event.h>

namespace gp::gui {

BackgroundJob::BackgroundJob(wxEvtHandler& owner) : owner_(owner) {}

BackgroundJob::~BackgroundJob() {
    stop_ = true;
    if (thread_.joinable()) {
        thread_.join();
    }
    // A completion already queued on owner_ is deleted with the owner's pending events; the
    // owner (the frame) outlives this object only until its own destructor finishes.
}

bool BackgroundJob::start(std::function<void()> work,
                          std::function<void(std::exception_ptr)> done) {
    if (running_) {
        return false;
    }
    if (thread_.joinable()) {
        thread_.join();
    }
    running_ = true;
    stop_ = false;
    done_ = 0;
    total_ = 0;
    thread_ = std::thread([this, work = std::move(work), done = std::move(done)]() mutable {
        std::exception_ptr error;
        try {
            work();
        } catch (...) {
            error = std::current_exception();
        }
        // CallAfter queues the call thread-safely; it runs on the UI thread.
        owner_.CallAfter([this, error, done = std::move(done)] {
            if (thread_.joinable()) {
                thread_.join();
            }
            running_ = false;
            done(error);
        });
    });
    return true;
}

} // namespace gp::gui
