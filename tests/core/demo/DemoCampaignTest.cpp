// The whole demo campaign, built from the demo photos (installer/fetch-demo-photos; quickstart
// test fetches them, so CI never skips) with the real imports and checks: its content, its
// planted flaws caught by the checks they are about, and the same bytes from the same seed.
#include "core/checks/analysis/FaceModels.h"
#include "core/common/Clock.h"
#include "core/common/DataPaths.h"
#include "core/common/Sha256.h"
#include "core/common/UserError.h"
#include "core/demo/CenterProgress.h"
#include "core/demo/DemoBuilder.h"
#include "core/demo/PhotoFlaws.h"
#include "core/demo/SampleFaces.h"
#include "core/faces/ModelCatalog.h"
#include "core/store/Transaction.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <memory>
#include <opencv2/imgcodecs.hpp>
#include <set>

namespace gp::demo {
namespace {

const std::filesystem::path kTemplates = GRADPHOTO_TEMPLATES_DIR;

/// The demo photos and models, and one demo built from them, shared by the tests (building takes
/// a minute or two).
struct Campaign {
    std::string skip;
    std::unique_ptr<checks::FaceModels> models;
    std::unique_ptr<test::TempDir> dir;
    DemoResult result;
    std::filesystem::path photos;

    static Campaign& get() {
        static Campaign c = [] {
            Campaign x;
            x.photos = defaultDemoPhotosDir(processEnvironment());
            try {
                findSamplePhotos(x.photos);
            } catch (const UserError&) {
                x.skip = "the demo photos are not in " + x.photos.string() +
                         "; fetch them with installer/fetch-demo-photos";
                return x;
            }
            try {
                x.models = std::make_unique<checks::FaceModels>(
                    faces::ModelCatalog(defaultModelsDir(processEnvironment())));
            } catch (const std::exception& e) {
                x.skip = std::string("no face models: ") + e.what();
                return x;
            }
            x.dir = std::make_unique<test::TempDir>();
            x.result = build(*x.models, x.dir->path() / "demo", x.photos);
            return x;
        }();
        return c;
    }

    static DemoResult build(const checks::FaceModels& models, const std::filesystem::path& dir,
                            const std::filesystem::path& photos) {
        static const FixedClock clock(std::chrono::system_clock::from_time_t(1773532800));
        DemoRequest r;
        r.dir = dir;
        r.photos = photos;
        r.templates = kTemplates;
        r.createdBy = "demo_tests";
        return buildDemo(
            r, [&]() -> const checks::FaceModels& { return models; }, clock);
    }
};

#define REQUIRE_CAMPAIGN()                                                                         \
    auto& campaign = Campaign::get();                                                              \
    if (!campaign.skip.empty()) {                                                                  \
        GTEST_SKIP() << campaign.skip;                                                             \
    }

/// The failing checks of each student's first and latest photo versions.
struct Verdicts {
    std::string verdict;
    std::set<std::string> failing;
};

std::map<std::string, std::vector<Verdicts>> verdictsByStudent(store::Workspace& ws) {
    std::map<std::string, std::vector<Verdicts>> out;
    auto& store = ws.store();
    store::Transaction tx(store, store::Transaction::Kind::Read);
    for (const auto& s : store.students().list({})) {
        for (const auto& v : store.photoVersions().versionsOf(s.id)) {
            Verdicts verdicts;
            if (const auto run = store.checkRuns().latestFor(v.id, "chsi-2017")) {
                verdicts.verdict = run->verdict;
                for (const auto& r : run->results) {
                    if (r.verdict == "fail") {
                        verdicts.failing.insert(r.checkId);
                    }
                }
            }
            out[s.studentNo].push_back(verdicts);
        }
    }
    tx.commit();
    return out;
}

TEST(DemoCampaign, ProgressPerCenterAddsUp) {
    REQUIRE_CAMPAIGN();
    const FixedClock clock(std::chrono::system_clock::from_time_t(1773532800));
    auto ws = store::Workspace::open(campaign.result.workspace, clock);
    const auto p = centerProgress(*ws);
    ASSERT_EQ(p.centers.size(), 3U);
    EXPECT_EQ(p.total.students, 60U);
    EXPECT_EQ(p.total.missing, static_cast<std::size_t>(kNoPhotoStudents));
    EXPECT_EQ(p.total.submitted, 60U - kNoPhotoStudents);
    EXPECT_EQ(p.total.pass + p.total.review + p.total.fail, p.total.submitted);
    // Every planted flaw fails; most of the rest pass outright.
    EXPECT_GE(p.total.fail, std::size(kAllFlaws));
    EXPECT_GT(p.total.pass, p.total.submitted / 2 - 5);
    EXPECT_EQ(ws->store().referencePhotos().count(domain::ReferenceKind::Enrollment), 60U);
}

TEST(DemoCampaign, EachPlantedFlawFailsTheCheckItIsAbout) {
    REQUIRE_CAMPAIGN();
    const std::map<Flaw, std::string> expected{
        {Flaw::StreetBackground, "background.uniform"},
        {Flaw::BlueOnBlue, "clothing.contrast"},
        {Flaw::TiltedHead, "pose.roll"},
        {Flaw::HeadTooSmall, "framing.face_width"},
        {Flaw::HeadTooLarge, "framing.face_width"},
        {Flaw::Blurred, "sharpness.focus"},
        {Flaw::HalfDarkFace, "lighting.asymmetry"},
        {Flaw::TwoPeople, "faces.count"},
        {Flaw::Border, "added_content.border"},
        {Flaw::WrongPixelSize, "file.pixel_size"},
    };
    const FixedClock clock(std::chrono::system_clock::from_time_t(1773532800));
    auto ws = store::Workspace::open(campaign.result.workspace, clock);
    const auto verdicts = verdictsByStudent(*ws);
    std::set<Flaw> seen;
    for (const auto& s : campaign.result.students) {
        const auto it = verdicts.find(s.studentNo);
        if (s.role == Role::NoPhoto) {
            EXPECT_EQ(it, verdicts.end()) << s.studentNo;
            continue;
        }
        ASSERT_NE(it, verdicts.end()) << s.studentNo << " has no photo";
        const auto& versions = it->second;
        if (s.role == Role::Flawed) {
            seen.insert(s.flaw);
            ASSERT_EQ(versions.size(), 1U);
            EXPECT_EQ(versions[0].verdict, "fail") << toCode(s.flaw);
            EXPECT_TRUE(versions[0].failing.count(expected.at(s.flaw)))
                << toCode(s.flaw) << " should fail " << expected.at(s.flaw);
        } else if (s.role == Role::Retake) {
            ASSERT_EQ(versions.size(), 2U) << "a rejected snapshot, then the retake";
            EXPECT_EQ(versions[0].verdict, "fail");
            EXPECT_EQ(versions[1].verdict, "pass");
            const auto student = ws->store().students().byStudentNo(s.studentNo);
            const auto decisions = ws->store().decisions().historyOf(student->id);
            ASSERT_EQ(decisions.size(), 1U);
            EXPECT_EQ(decisions[0].kind, domain::DecisionKind::Reject);
        } else {
            ASSERT_EQ(versions.size(), 1U);
            EXPECT_NE(versions[0].verdict, "fail") << s.studentNo << " " << toCode(s.role);
        }
    }
    EXPECT_EQ(seen.size(), std::size(kAllFlaws));
}

TEST(DemoCampaign, SharedPhotoIsOnePictureInTwoFiles) {
    REQUIRE_CAMPAIGN();
    std::vector<std::string> shared;
    for (const auto& s : campaign.result.students) {
        if (s.role == Role::SharedPhoto) {
            shared.push_back(s.studentNo);
        }
    }
    ASSERT_EQ(shared.size(), 2U);
    const auto folder = campaign.result.workspace / "inputs" / "照片-第一批";
    const auto a = cv::imread((folder / (shared[0] + ".jpg")).string());
    const auto b = cv::imread((folder / (shared[1] + ".jpg")).string());
    ASSERT_FALSE(a.empty());
    ASSERT_EQ(a.size(), b.size());
    EXPECT_NE(sha256OfFile(folder / (shared[0] + ".jpg")),
              sha256OfFile(folder / (shared[1] + ".jpg")));
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    EXPECT_LT(cv::mean(diff)[0], 3.0) << "the same picture, saved twice";
}

TEST(DemoCampaign, SameSeedSameFilesAndAnotherFolderIsRefused) {
    REQUIRE_CAMPAIGN();
    // Building again would take as long as the first build: the files of the first build are
    // compared with the portraits made again from the same faces, seed and plan.
    const auto faces = findSampleFaces(findSamplePhotos(campaign.photos), *campaign.models);
    ASSERT_FALSE(faces.empty());
    const auto head = cutOutHead(faces.front());
    const auto again = cutOutHead(faces.front());
    EXPECT_EQ(encodeJpeg(makeSubmission(head, Flaw::None), 300, 40000),
              encodeJpeg(makeSubmission(again, Flaw::None), 300, 40000));
    // A reused demo is recognised and untouched.
    const auto before = sha256OfFile(campaign.result.workspace / "workspace.db");
    const auto reused =
        Campaign::build(*campaign.models, campaign.result.workspace, campaign.photos);
    EXPECT_TRUE(reused.reused);
    EXPECT_EQ(reused.students.size(), 60U);
    EXPECT_EQ(sha256OfFile(campaign.result.workspace / "workspace.db"), before);
    // A folder with something else in it is refused, and left as it was.
    test::TempDir other;
    std::ofstream(other.path() / "notes.txt") << "mine";
    EXPECT_THROW(Campaign::build(*campaign.models, other.path(), campaign.photos), UserError);
    EXPECT_TRUE(std::filesystem::exists(other.path() / "notes.txt"));
    EXPECT_FALSE(std::filesystem::exists(other.path() / "workspace.db"));
}

} // namespace
} // namespace gp::demo
