// How a long workspace job (check, compare) shows itself on the terminal: "done / total photos,
// about N s left" on stderr at most twice a second when stderr is a terminal and not --json,
// and Ctrl+C asks the job to stop (it keeps what it stored; running again goes on).
#pragma once

#include "CliContext.h"

#include <chrono>
#include <csignal>
#include <cstddef>

namespace gp::cli {

class PhotoJobProgress {
public:
    /// Catches Ctrl+C until destroyed.
    explicit PhotoJobProgress(CliContext& ctx);
    ~PhotoJobProgress();
    PhotoJobProgress(const PhotoJobProgress&) = delete;
    PhotoJobProgress& operator=(const PhotoJobProgress&) = delete;

    /// The job's progress callback: shows the line; false once Ctrl+C was pressed.
    bool operator()(std::size_t done, std::size_t total);
    /// Ends the progress line; returns the seconds since the start.
    double finish();

private:
    CliContext& ctx_;
    bool show_;
    std::chrono::steady_clock::time_point started_;
    std::chrono::steady_clock::time_point lastShown_;
    void (*previousHandler_)(int);
};

} // namespace gp::cli
