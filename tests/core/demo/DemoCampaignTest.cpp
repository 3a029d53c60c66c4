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
#include "core/faces/ComparisonPolicy.h"
#include "core/faces/ModelCatalog.h"
#include "core/jobs/WorkspaceCompareJob.h"
#include "core/jobs/WorkspaceDuplicates.h"
#include "core/store/Transaction.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
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
    std::unique_ptr<faces::RecognitionModels> recognition;
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
                const faces::ModelCatalog catalog(defaultModelsDir(processEnvironment()));
                x.models = std::make_unique<checks::FaceModels>(catalog);
                x.recognition = std::make_unique<faces::RecognitionModels>(catalog);
            } catch (const std::exception& e) {
                x.skip = std::string("no face models: ") + e.what();
                return x;
            }
            x.dir = std::make_unique<test::TempDir>();
            x.result = build(x, x.dir->path() / "demo");
            return x;
        }();
        return c;
    }

    static DemoResult build(const Campaign& c, const std::filesystem::path& dir) {
        static const FixedClock clock(std::chrono::system_clock::from_time_t(1773532800));
        DemoRequest r;
        r.dir = dir;
        r.photos = c.photos;
        r.templates = kTemplates;
        r.createdBy = "demo_tests";
        return buildDemo(
            r,
            [&]() -> DemoModels {
                return {*c.models, *c.recognition};
            },
            clock);
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
    std::map<Role, std::size_t> roles;
    for (const auto& s : campaign.result.students) {
        ++roles[s.role];
    }
    EXPECT_EQ(p.total.students, 60U);
    EXPECT_GE(roles[Role::NoPhoto], static_cast<std::size_t>(kNoPhotoStudents));
    EXPECT_EQ(p.total.missing, roles[Role::NoPhoto]);
    EXPECT_EQ(p.total.submitted, 60U - roles[Role::NoPhoto]);
    EXPECT_EQ(p.total.pass + p.total.review + p.total.fail, p.total.submitted);
    // Every planted flaw fails, and each face that fails however it is framed (one student's
    // own photo each); nothing else: the others pass, or need a reviewer's eye for what the
    // sample face itself has (a slight turn; see the report of the demo photos).
    EXPECT_EQ(p.total.fail, std::size(kAllFlaws) + roles[Role::OwnFlaw]);
    EXPECT_EQ(p.total.pass + p.total.review,
              p.total.submitted - std::size(kAllFlaws) - roles[Role::OwnFlaw]);
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
            // The face itself is not what fails: no check of pose, expression, sharpness or
            // lighting fails but the one the flaw is about.
            for (const auto& check : versions[0].failing) {
                const bool aboutTheFace =
                    check.rfind("pose.", 0) == 0 || check.rfind("expression.", 0) == 0 ||
                    check.rfind("sharpness.", 0) == 0 || check.rfind("lighting.", 0) == 0;
                EXPECT_TRUE(!aboutTheFace || check == expected.at(s.flaw))
                    << toCode(s.flaw) << " also fails " << check;
            }
        } else if (s.role == Role::OwnFlaw) {
            // The face itself fails: turned away, the mouth open, soft.
            ASSERT_EQ(versions.size(), 1U);
            EXPECT_EQ(versions[0].verdict, "fail") << s.face;
            bool aboutTheFace = false;
            for (const auto& check : versions[0].failing) {
                aboutTheFace =
                    aboutTheFace || check.rfind("pose.", 0) == 0 ||
                    check.rfind("expression.", 0) == 0 || check.rfind("sharpness.", 0) == 0 ||
                    check.rfind("lighting.", 0) == 0 || check.rfind("framing.face_width", 0) == 0;
            }
            EXPECT_TRUE(aboutTheFace) << s.face;
        } else if (s.role == Role::Retake) {
            ASSERT_EQ(versions.size(), 2U) << "a rejected snapshot, then the retake";
            EXPECT_EQ(versions[0].verdict, "fail");
            EXPECT_NE(versions[1].verdict, "fail");
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

TEST(DemoCampaign, FacesAreComparedAndDuplicatesAreThePlannedOnes) {
    REQUIRE_CAMPAIGN();
    const FixedClock clock(std::chrono::system_clock::from_time_t(1773532800));
    auto ws = store::Workspace::open(campaign.result.workspace, clock);
    const auto profile = checks::PhotoProfile::load(kTemplates / "profiles" / "chsi-2017.json");
    const auto policy = faces::ComparisonPolicy::fromProfile(profile);
    jobs::CompareJobOptions options;
    options.threads = 2;
    const auto compared = jobs::runWorkspaceComparison(*ws, *campaign.recognition, policy, options);
    EXPECT_FALSE(compared.stopped);
    std::size_t withPhoto = 0;
    for (const auto& s : campaign.result.students) {
        withPhoto += s.role == Role::NoPhoto ? 0 : 1;
    }
    EXPECT_EQ(compared.photos, withPhoto);

    // The people: every usable face shows (to at most kMaxSittings students, the shared
    // photo's copy aside); each face that fails when framed shows to one student only.
    std::map<std::string, std::size_t> usablePhotos;
    std::map<std::string, std::size_t> ownFlawPhotos;
    for (const auto& s : campaign.result.students) {
        if (s.role == Role::OwnFlaw) {
            ++ownFlawPhotos[s.face];
        } else if (s.role != Role::NoPhoto) {
            ++usablePhotos[s.face];
        }
    }
    EXPECT_EQ(usablePhotos.size(), campaign.result.faces);
    EXPECT_GE(usablePhotos.size(), 1U);
    for (const auto& [face, photos] : usablePhotos) {
        EXPECT_LE(photos, static_cast<std::size_t>(kMaxSittings) + 1) << face;
        EXPECT_EQ(ownFlawPhotos.count(face), 0U) << face;
    }
    for (const auto& [face, photos] : ownFlawPhotos) {
        EXPECT_EQ(photos, 1U) << face;
    }
    // Distinct people among the photos: the usable faces and the failing ones.
    EXPECT_GE(usablePhotos.size() + ownFlawPhotos.size(), 15U);

    // Each student's own enrollment photo (small, faded) still matches the submission; the
    // different person's is a stranger, far enough to say no match.
    std::map<std::string, std::string> outcomes;
    std::map<std::string, double> distances;
    {
        store::Transaction tx(ws->store(), store::Transaction::Kind::Read);
        for (const auto& s : campaign.result.students) {
            const auto student = ws->store().students().byStudentNo(s.studentNo);
            const auto photo = ws->store().photoVersions().latestOf(student->id);
            if (!photo) {
                continue;
            }
            for (const auto& c : ws->store().faces().comparisonsOf(photo->id)) {
                if (c.state == "compared") {
                    outcomes[s.studentNo] = c.outcome;
                    distances[s.studentNo] = c.distance.value_or(-1);
                }
            }
        }
        tx.commit();
    }
    int differentPersons = 0;
    for (const auto& s : campaign.result.students) {
        if (s.role == Role::DifferentPerson) {
            ++differentPersons;
            EXPECT_NE(s.enrollmentFace, s.face);
            EXPECT_EQ(outcomes[s.studentNo], "no_match") << distances[s.studentNo];
            EXPECT_GT(distances[s.studentNo], policy.reviewMaxDistance + 0.05);
        } else if (s.role == Role::Compliant || s.role == Role::Retake ||
                   s.role == Role::SharedPhoto) {
            EXPECT_EQ(s.enrollmentFace, s.face);
            EXPECT_EQ(outcomes[s.studentNo], "match")
                << s.studentNo << " " << toCode(s.role) << " " << distances[s.studentNo];
        }
    }
    EXPECT_EQ(differentPersons, 1);

    // The duplicate search finds the planned groups only: the sittings of one usable face (the
    // demo photos hold few), as the same face or, framed alike, as near-identical photos; the
    // one photo submitted for two students among them. No group joins two people, and no face
    // that fails when framed (one student each) is in any.
    const auto found =
        jobs::findWorkspaceDuplicates(*ws, campaign.recognition->modelId(), policy, 2);
    std::map<std::string, const DemoStudentOutcome*> byNo;
    for (const auto& s : campaign.result.students) {
        byNo[s.studentNo] = &s;
    }
    std::set<std::string> sharedPair;
    for (const auto& s : campaign.result.students) {
        if (s.role == Role::SharedPhoto) {
            sharedPair.insert(s.studentNo);
        }
    }
    bool sharedPhotoFound = false;
    std::set<std::string> groupedFaces;
    for (const auto& g : found.groups) {
        std::set<std::string> faces;
        std::set<std::string> members;
        for (const auto m : g.members) {
            const auto* s = byNo.at(found.candidates[m].studentNo);
            faces.insert(s->face);
            members.insert(s->studentNo);
            EXPECT_NE(s->role, Role::OwnFlaw) << s->studentNo << " " << s->face;
        }
        EXPECT_EQ(faces.size(), 1U)
            << "a group of " << g.members.size() << " students of different faces, kind "
            << faces::toCode(g.kind);
        groupedFaces.insert(faces.begin(), faces.end());
        if (g.kind != faces::DuplicateKind::SameFace &&
            std::includes(members.begin(), members.end(), sharedPair.begin(), sharedPair.end())) {
            sharedPhotoFound = true;
        }
    }
    EXPECT_TRUE(sharedPhotoFound) << "the shared photo is found as one photo";
    // Only the usable faces shown to several students are grouped: as many as the demo says.
    const auto planned = studentsSharingAFace(campaign.result);
    EXPECT_EQ(groupedFaces.size(), planned.size());
    std::size_t plannedStudents = 0;
    for (const auto& g : planned) {
        plannedStudents += g.size();
    }
    EXPECT_LE(plannedStudents, campaign.result.faces * (kMaxSittings + 1));
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
    const auto reused = Campaign::build(campaign, campaign.result.workspace);
    EXPECT_TRUE(reused.reused);
    EXPECT_EQ(reused.students.size(), 60U);
    EXPECT_EQ(sha256OfFile(campaign.result.workspace / "workspace.db"), before);
    // A folder with something else in it is refused, and left as it was.
    test::TempDir other;
    std::ofstream(other.path() / "notes.txt") << "mine";
    EXPECT_THROW(Campaign::build(campaign, other.path()), UserError);
    EXPECT_TRUE(std::filesystem::exists(other.path() / "notes.txt"));
    EXPECT_FALSE(std::filesystem::exists(other.path() / "workspace.db"));
}

} // namespace
} // namespace gp::demo
