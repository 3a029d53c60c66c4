// Batch numbers: <prefix>-<yyyymmdd>-<nn>, e.g. UP-20261121-01 or MAIL-20261121-03, counting
// up within the campaign's local day (templates/reports/common.json utcOffsetMinutes) from the
// batches already recorded.
#pragma once

#include "core/common/Clock.h"
#include "core/store/BatchRepository.h"

#include <string>

namespace gp::reports {

class BatchNumbers {
public:
    /// Reads the numbers of the kind already recorded for today.
    BatchNumbers(store::BatchRepository& batches, domain::BatchKind kind, std::string prefix,
                 const Clock& clock, int utcOffsetMinutes);
    /// The next free number; each call returns a new one.
    std::string next();

private:
    std::string stem_; ///< "UP-20261121-"
    int last_ = 0;
};

/// Inside the transaction that records the batch: throws UserError when another package made
/// at the same time took the number first (the files, named after it, are then not published).
void requireUnusedNumber(store::BatchRepository& batches, const std::string& number);

} // namespace gp::reports
