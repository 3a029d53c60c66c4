#include "DataPaths.h"

#include "gradphoto/BuildInfo.h"

#include <cstdlib>

namespace gp {

namespace fs = std::filesystem;

EnvironmentLookup processEnvironment() {
    return [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        if (value == nullptr || *value == '\0') {
            return std::nullopt;
        }
        return std::string(value);
    };
}

fs::path defaultModelsDir(const EnvironmentLookup& env) {
    if (auto dir = env("GRADPHOTO_MODELS")) {
        return *dir;
    }
    if (auto xdg = env("XDG_DATA_HOME")) {
        return fs::path(*xdg) / "gradphoto" / "models";
    }
    const auto home = env("HOME").value_or("/tmp");
    return fs::path(home) / ".local" / "share" / "gradphoto" / "models";
}

DataPaths DataPaths::resolve(const EnvironmentLookup& env, const fs::path& executable) {
    DataPaths paths;
    // An installed program lives in <prefix>/bin with its data in <prefix>/share.
    const auto installedShare = executable.parent_path().parent_path() / "share";
    const bool installed = fs::is_directory(installedShare / "gradphoto" / "templates");

    if (auto dir = env("GRADPHOTO_TEMPLATES")) {
        paths.templates = *dir;
    } else if (installed) {
        paths.templates = installedShare / "gradphoto" / "templates";
    } else {
        paths.templates = fs::path(build::kSourceDir) / "templates";
    }

    if (auto dir = env("GRADPHOTO_LOCALE")) {
        paths.locale = *dir;
    } else if (installed) {
        paths.locale = installedShare / "locale";
    } else {
        paths.locale = build::kLocaleBuildDir;
    }

    paths.models = defaultModelsDir(env);
    return paths;
}

fs::path currentExecutable() {
    std::error_code ec;
    auto exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe;
}

} // namespace gp
