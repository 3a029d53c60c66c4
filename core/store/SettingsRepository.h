#pragma once

#include <optional>
#include <string>

namespace gp::store {

/// Workspace-wide settings: name, profile, creation facts, deadline, ...
class SettingsRepository {
public:
    virtual ~SettingsRepository() = default;
    virtual std::optional<std::string> get(const std::string& key) = 0;
    virtual void set(const std::string& key, const std::string& value) = 0;
};

} // namespace gp::store
