// An error the user caused and can fix: a bad file, a missing folder, a missing model.
// Front ends show what() and hint() and exit with code 1; anything else is an internal error.
#pragma once

#include <stdexcept>
#include <string>

namespace gp {

class UserError : public std::runtime_error {
public:
    UserError(std::string what, std::string hint = {})
        : std::runtime_error(std::move(what)), hint_(std::move(hint)) {}

    /// What the user can do about it; empty when the message says it already.
    const std::string& hint() const noexcept { return hint_; }

private:
    std::string hint_;
};

} // namespace gp
