#include "PhotoJobProgress.h"

#include <unistd.h>

namespace gp::cli {
namespace {

volatile std::sig_atomic_t interrupted = 0;

} // namespace

PhotoJobProgress::PhotoJobProgress(CliContext& ctx)
    : ctx_(ctx), show_(!ctx.json && ::isatty(2) != 0), started_(std::chrono::steady_clock::now()),
      lastShown_(started_) {
    interrupted = 0;
    previousHandler_ = std::signal(SIGINT, [](int) { interrupted = 1; });
}

PhotoJobProgress::~PhotoJobProgress() {
    std::signal(SIGINT, previousHandler_);
}

bool PhotoJobProgress::operator()(std::size_t done, std::size_t total) {
    const auto now = std::chrono::steady_clock::now();
    if (show_ && (now - lastShown_ > std::chrono::milliseconds(500) || done == total)) {
        lastShown_ = now;
        const double elapsed = std::chrono::duration<double>(now - started_).count();
        const double eta =
            done > 0 ? elapsed / static_cast<double>(done) * static_cast<double>(total - done) : 0;
        ctx_.err << "\r  " << done << " / " << total << " photos, about "
                 << static_cast<int>(eta + 0.5) << " s left   " << std::flush;
    }
    return interrupted == 0;
}

double PhotoJobProgress::finish() {
    if (show_) {
        ctx_.err << '\n';
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
}

} // namespace gp::cli
