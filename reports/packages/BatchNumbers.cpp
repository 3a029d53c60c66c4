#include "BatchNumbers.h"

#include "core/common/UserError.h"

#include <cstdio>
#include <cstdlib>

namespace gp::reports {

BatchNumbers::BatchNumbers(store::BatchRepository& batches, domain::BatchKind kind,
                           std::string prefix, const Clock& clock, int utcOffsetMinutes)
    : stem_(std::move(prefix) + "-" + clock.localStamp(utcOffsetMinutes).substr(0, 8) + "-") {
    for (const auto& batch : batches.list(kind)) {
        if (batch.number.rfind(stem_, 0) == 0) {
            last_ = std::max(last_, std::atoi(batch.number.c_str() + stem_.size()));
        }
    }
}

std::string BatchNumbers::next() {
    char digits[16];
    std::snprintf(digits, sizeof digits, "%02d", ++last_);
    return stem_ + digits;
}

void requireUnusedNumber(store::BatchRepository& batches, const std::string& number) {
    if (batches.byNumber(number)) {
        throw UserError("Another package was recorded as " + number +
                            " while this one was being made; nothing was written.",
                        "Run the report again.");
    }
}

} // namespace gp::reports
