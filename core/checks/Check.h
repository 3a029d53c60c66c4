// One measure of the photo standard: one class, one file, its clause of 教毕指〔2017〕99号 in a
// comment, its thresholds in the profile (never literals here).
#pragma once

#include "CheckContext.h"
#include "CheckOutcome.h"

#include <memory>
#include <string>
#include <vector>

namespace gp::checks {

class Check {
public:
    virtual ~Check() = default;
    virtual std::string id() const = 0;
    /// Never throws for a bad photo: a photo the check cannot judge is NotApplicable or Error
    /// with the reason in detail.
    virtual CheckOutcome run(CheckContext& context) const = 0;
};

using CheckList = std::vector<std::unique_ptr<Check>>;

} // namespace gp::checks
