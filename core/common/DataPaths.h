// Where the program finds its data: templates, translations, face models. Resolved once at a
// front end's start from the environment and the executable's location, then passed in.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace gp {

/// Looks up an environment variable; injected so tests need not touch the real environment.
using EnvironmentLookup = std::function<std::optional<std::string>(const std::string&)>;

/// The process's real environment.
EnvironmentLookup processEnvironment();

struct DataPaths {
    std::filesystem::path templates; ///< profiles/, reasons.json, roster-columns.json, ...
    std::filesystem::path locale;    ///< <lang>/LC_MESSAGES/gradphoto.mo
    std::filesystem::path models;    ///< the four dlib .dat files

    /// GRADPHOTO_TEMPLATES, GRADPHOTO_LOCALE and GRADPHOTO_MODELS win; otherwise the installed
    /// share/ folder next to the executable's bin/, otherwise the source and build trees;
    /// models default to $XDG_DATA_HOME/gradphoto/models or ~/.local/share/gradphoto/models.
    static DataPaths resolve(const EnvironmentLookup& env, const std::filesystem::path& executable);
};

/// The default models folder for this environment.
std::filesystem::path defaultModelsDir(const EnvironmentLookup& env);

/// The absolute path of the running executable (/proc/self/exe).
std::filesystem::path currentExecutable();

} // namespace gp
