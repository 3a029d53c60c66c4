// Comparing a workspace: comparisons stored per photo and reference with their explicit state,
// descriptors computed once per image, current comparisons skipped, a stopped run resumed, a
// new reference picked up; and the duplicate search over what `compare` stored.
#include "core/jobs/WorkspaceCompareJob.h"

#include "FacesFixtures.h"
#include "core/common/Sha256.h"
#include "core/jobs/WorkspaceDuplicates.h"
#include "core/store/Transaction.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace gp::test::faces {
namespace {

class CompareJob : public ::testing::Test {
protected:
    void SetUp() override {
        GP_REQUIRE_FACE_MODELS();
        policy = gp::faces::ComparisonPolicy::fromProfile(Shared::get().profile);
        ws = newWorkspace(tmp / "w", clock);
        const auto obama1 = shrink(readPhoto("identities/obama-1.jpg"), 640);
        const auto obama3 = shrink(readPhoto("identities/obama-3.jpg"), 640);
        const auto biden1 = shrink(readPhoto("identities/biden-1.jpg"), 640);
        const auto biden2 = shrink(readPhoto("identities/biden-2.jpg"), 640);
        const auto lennon1 = shrink(readPhoto("identities/lennon-1.jpg"), 640);
        const auto carell = shrink(readPhoto("identities/carell-1.jpg"), 640);
        const auto two = shrink(readPhoto("portraits/fr-two-people.jpg"), 640);

        // 2021001: matches its enrollment photo and its ID-card photo.
        auto id = addStudent("2021001", obama1);
        addReference(id, domain::ReferenceKind::Enrollment, shrink(obama3, 400));
        addReference(id, domain::ReferenceKind::IdCard, obama3);
        // 2021002: someone else's enrollment photo.
        id = addStudent("2021002", biden1);
        addReference(id, domain::ReferenceKind::Enrollment, lennon1);
        // 2021003: no reference at all.
        addStudent("2021003", carell);
        // 2021004: two people in the submission.
        id = addStudent("2021004", two);
        addReference(id, domain::ReferenceKind::Enrollment, biden2);
        // 2021005: 2021003's photo, mirrored.
        addStudent("2021005", mirror(carell));
    }

    domain::StudentId addStudent(const std::string& no, const cv::Mat& photo) {
        auto s = student(no, "学生");
        ws->store().students().add(s);
        const auto bytes = encodeJpeg(photo, 92);
        const auto stored = ws->photos().put(bytes, sha256Hex(bytes));
        domain::PhotoVersion v;
        v.studentId = s.id;
        v.sha256 = stored.sha256;
        v.sourceName = no + ".jpg";
        v.byteSize = stored.byteSize;
        v.image = {"jpeg", photo.cols, photo.rows, 1};
        v.importedAt = clock.nowIso();
        ws->store().photoVersions().add(v);
        return s.id;
    }

    void addStudentPhoto(domain::StudentId id, const cv::Mat& photo) {
        const auto bytes = encodeJpeg(shrink(photo, 640), 90);
        const auto stored = ws->photos().put(bytes, sha256Hex(bytes));
        domain::PhotoVersion v;
        v.studentId = id;
        v.sha256 = stored.sha256;
        v.sourceName = "new.jpg";
        v.byteSize = stored.byteSize;
        v.image = {"jpeg", 480, 640, 1};
        v.importedAt = clock.nowIso();
        ws->store().photoVersions().add(v);
    }

    void addReference(domain::StudentId id, domain::ReferenceKind kind, const cv::Mat& photo) {
        const auto bytes = encodeJpeg(photo, 85);
        const auto stored = ws->photos().put(bytes, sha256Hex(bytes));
        domain::ReferencePhoto r;
        r.studentId = id;
        r.kind = kind;
        r.sha256 = stored.sha256;
        r.sourceName = "ref.jpg";
        r.byteSize = stored.byteSize;
        r.image = {"jpeg", photo.cols, photo.rows, 1};
        r.importedAt = clock.nowIso();
        ws->store().referencePhotos().add(r);
    }

    jobs::CompareJobResult run(jobs::CompareJobOptions options = {}) {
        return jobs::runWorkspaceComparison(*ws, *Shared::get().models, policy, options);
    }

    /// state/outcome of each comparison of the student's latest photo.
    std::vector<std::string> states(const std::string& no) {
        const auto s = ws->store().students().byStudentNo(no);
        const auto photo = ws->store().photoVersions().latestOf(s->id);
        std::vector<std::string> out;
        for (const auto& c : ws->store().faces().comparisonsOf(photo->id)) {
            out.push_back(c.state + (c.outcome.empty() ? "" : "/" + c.outcome));
        }
        return out;
    }

    TempDir tmp;
    FixedClock clock = fixedClock();
    std::unique_ptr<store::Workspace> ws;
    gp::faces::ComparisonPolicy policy;
};

TEST_F(CompareJob, StoresEveryComparisonWithItsState) {
    const auto r = run();
    EXPECT_EQ(r.photos, 5u);
    EXPECT_EQ(r.processed, 5u);
    EXPECT_EQ(r.descriptors, 5u + 4u) << "5 submissions and 4 reference photos";
    EXPECT_EQ(r.match, 2u);
    EXPECT_EQ(r.noMatch, 1u);
    EXPECT_EQ(r.notCompared, 3u);
    EXPECT_EQ(states("2021001"), (std::vector<std::string>{"compared/match", "compared/match"}));
    EXPECT_EQ(states("2021002"), (std::vector<std::string>{"compared/no_match"}));
    EXPECT_EQ(states("2021003"), (std::vector<std::string>{"no_reference"}));
    EXPECT_EQ(states("2021004"), (std::vector<std::string>{"multiple_faces_submission"}));

    const auto s = ws->store().students().byStudentNo("2021001");
    const auto photo = ws->store().photoVersions().latestOf(s->id);
    const auto comparisons = ws->store().faces().comparisonsOf(photo->id);
    for (const auto& c : comparisons) {
        EXPECT_EQ(c.modelId, gp::faces::kDescriptorModelId);
        ASSERT_TRUE(c.distance);
        EXPECT_LE(*c.distance, policy.matchMaxDistance);
        EXPECT_DOUBLE_EQ(*c.similarity, policy.similarity(*c.distance));
        EXPECT_NE(c.referencePhotoId, 0);
    }
    const auto descriptor =
        ws->store().faces().descriptor(photo->sha256, gp::faces::kDescriptorModelId);
    ASSERT_TRUE(descriptor);
    EXPECT_EQ(descriptor->faceCount, 1);
    EXPECT_EQ(descriptor->descriptor.size(), 128u);
    // The enrollment photo's descriptor is stored once, under the same model.
    const auto refs = ws->store().referencePhotos().of(s->id, domain::ReferenceKind::Enrollment);
    const auto ref = ws->store().faces().descriptor(refs.at(0).sha256, descriptor->modelId);
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref->faceCount, 1);
    EXPECT_GE(ref->box.width, policy.referenceMinFacePx);
}

TEST_F(CompareJob, OnlyWhatIsMissingIsDoneAgainAndAStopResumes) {
    jobs::CompareJobOptions options;
    options.threads = 1;
    options.progress = [](std::size_t done, std::size_t) {
        return done < 2;
    };
    const auto first = run(options);
    EXPECT_TRUE(first.stopped);
    EXPECT_EQ(first.processed, 2u);
    const auto rest = run();
    EXPECT_FALSE(rest.stopped);
    EXPECT_EQ(rest.current, 2u);
    EXPECT_EQ(rest.processed, 3u);
    const auto again = run();
    EXPECT_EQ(again.current, 5u);
    EXPECT_EQ(again.processed, 0u);
    EXPECT_EQ(again.descriptors, 0u);
    // A new enrollment photo for 2021003: only that student, with one new descriptor.
    addReference(ws->store().students().byStudentNo("2021003")->id,
                 domain::ReferenceKind::Enrollment,
                 shrink(readPhoto("identities/carell-1.jpg"), 300));
    const auto added = run();
    EXPECT_EQ(added.processed, 1u);
    EXPECT_EQ(added.descriptors, 1u);
    EXPECT_EQ(states("2021003"), (std::vector<std::string>{"compared/match"}))
        << "the earlier no_reference row went with the comparison that replaced it";
    // --all compares everything again from the stored descriptors.
    jobs::CompareJobOptions all;
    all.all = true;
    const auto everything = run(all);
    EXPECT_EQ(everything.processed, 5u);
    EXPECT_EQ(everything.descriptors, 0u);
}

TEST_F(CompareJob, DuplicatesFindTheMirroredPhotoOfAnotherStudent) {
    const auto before =
        jobs::findWorkspaceDuplicates(*ws, gp::faces::kDescriptorModelId, policy, 2);
    EXPECT_EQ(before.withoutDescriptor, 5u);
    EXPECT_TRUE(before.groups.empty());
    run();
    const auto found = jobs::findWorkspaceDuplicates(*ws, gp::faces::kDescriptorModelId, policy, 2);
    EXPECT_EQ(found.withoutDescriptor, 0u);
    ASSERT_EQ(found.groups.size(), 1u);
    EXPECT_EQ(found.groups[0].kind, gp::faces::DuplicateKind::SameFace);
    std::vector<std::string> members;
    for (auto i : found.groups[0].members) {
        members.push_back(found.candidates[i].studentNo);
    }
    EXPECT_EQ(members, (std::vector<std::string>{"2021003", "2021005"}));
}

TEST_F(CompareJob, AnUndecodableImageIsRecordedAndTheJobGoesOn) {
    // 2021006: a submission that is no image at all, with an enrollment photo.
    auto bad = student("2021006", "学生");
    ws->store().students().add(bad);
    const std::string junk = "this is not a JPEG, only text that ended up in the photo folder";
    const auto stored = ws->photos().put(junk, sha256Hex(junk));
    domain::PhotoVersion v;
    v.studentId = bad.id;
    v.sha256 = stored.sha256;
    v.sourceName = "2021006.jpg";
    v.byteSize = stored.byteSize;
    v.image = {"jpeg", 480, 640, 1};
    v.importedAt = clock.nowIso();
    ws->store().photoVersions().add(v);
    addReference(bad.id, domain::ReferenceKind::Enrollment,
                 shrink(readPhoto("identities/biden-2.jpg"), 400));
    // 2021007: a good submission whose ID-card photo is a truncated JPEG.
    const auto lennon = shrink(readPhoto("identities/lennon-1.jpg"), 640);
    const auto id7 = addStudent("2021007", lennon);
    auto truncated = encodeJpeg(lennon, 85);
    truncated.resize(200);
    const auto card = ws->photos().put(truncated, sha256Hex(truncated));
    domain::ReferencePhoto r;
    r.studentId = id7;
    r.kind = domain::ReferenceKind::IdCard;
    r.sha256 = card.sha256;
    r.sourceName = "card.jpg";
    r.byteSize = card.byteSize;
    r.image = {"jpeg", 480, 640, 1};
    r.importedAt = clock.nowIso();
    ws->store().referencePhotos().add(r);

    const auto result = run();
    EXPECT_FALSE(result.stopped);
    EXPECT_EQ(result.photos, 7u);
    EXPECT_EQ(result.processed, 7u) << "the job went past both unreadable images";
    EXPECT_EQ(result.unreadable, 2u);
    EXPECT_EQ(result.match, 2u) << "2021001's two comparisons are made as before";
    EXPECT_EQ(states("2021006"), (std::vector<std::string>{"unreadable_submission"}));
    EXPECT_EQ(states("2021007"), (std::vector<std::string>{"unreadable_reference"}));
    const auto photo7 = ws->store().photoVersions().latestOf(id7);
    const auto c7 = ws->store().faces().comparisonsOf(photo7->id);
    ASSERT_EQ(c7.size(), 1u);
    EXPECT_EQ(c7[0].referencePhotoId, r.id);
    EXPECT_FALSE(c7[0].distance);
    EXPECT_FALSE(c7[0].note.empty());
    const auto c6 = ws->store().faces().comparisonsOf(v.id);
    ASSERT_EQ(c6.size(), 1u);
    EXPECT_NE(c6[0].referencePhotoId, 0);
    EXPECT_NE(c6[0].note.find("not an image"), std::string::npos) << c6[0].note;
    // The good submission's descriptor is stored; nothing is stored for the junk.
    EXPECT_TRUE(ws->store().faces().descriptor(photo7->sha256, gp::faces::kDescriptorModelId));
    EXPECT_FALSE(ws->store().faces().descriptor(v.sha256, gp::faces::kDescriptorModelId));
}

TEST_F(CompareJob, CompareStoresDuplicateFlagsFromBothSidesAndASearchReplacesThem) {
    const auto r = run();
    EXPECT_EQ(r.duplicateFlags, 2u);
    auto& dups = ws->store().duplicates();
    const auto s3 = ws->store().students().byStudentNo("2021003");
    const auto s5 = ws->store().students().byStudentNo("2021005");
    EXPECT_EQ(dups.flaggedStudents(), (std::set<domain::StudentId>{s3->id, s5->id}));
    const auto of3 = dups.of(s3->id);
    ASSERT_EQ(of3.size(), 1u);
    EXPECT_EQ(of3[0].kind, "same_face");
    EXPECT_EQ(of3[0].otherStudentNo, "2021005");
    EXPECT_EQ(of3[0].otherStudentId, s5->id);
    EXPECT_EQ(of3[0].photoVersionId, ws->store().photoVersions().latestOf(s3->id)->id);
    EXPECT_EQ(of3[0].otherPhotoVersionId, ws->store().photoVersions().latestOf(s5->id)->id);
    EXPECT_GT(of3[0].closeness, 0.0);
    EXPECT_LE(of3[0].closeness, policy.duplicateFaceMaxDistance);
    EXPECT_EQ(of3[0].foundAt, clock.nowIso());
    const auto of5 = dups.of(s5->id);
    ASSERT_EQ(of5.size(), 1u);
    EXPECT_EQ(of5[0].otherStudentNo, "2021003");
    EXPECT_DOUBLE_EQ(of5[0].closeness, of3[0].closeness);
    EXPECT_TRUE(dups.of(ws->store().students().byStudentNo("2021001")->id).empty());

    // 2021002 hands in 2021001's very file: a same_bytes pair joins; the search replaces all.
    const auto s1 = ws->store().students().byStudentNo("2021001");
    const auto s2 = ws->store().students().byStudentNo("2021002");
    auto copy = *ws->store().photoVersions().latestOf(s1->id);
    copy.id = 0;
    copy.studentId = s2->id;
    copy.sourceName = "2021002-b.jpg";
    ws->store().photoVersions().add(copy);
    run();
    EXPECT_EQ(dups.count(), 4u);
    const auto of2 = dups.of(s2->id);
    ASSERT_EQ(of2.size(), 1u);
    EXPECT_EQ(of2[0].kind, "same_bytes");
    EXPECT_EQ(of2[0].otherStudentNo, "2021001");
    EXPECT_EQ(of2[0].photoVersionId, copy.id);
    // The copy is replaced by another photo: the next search drops the flag.
    addStudentPhoto(s2->id, readPhoto("identities/biden-2.jpg"));
    const auto found = jobs::findWorkspaceDuplicates(*ws, gp::faces::kDescriptorModelId, policy, 2);
    EXPECT_EQ(jobs::storeDuplicateFlags(*ws, found), 2u) << "before compare: no same bytes";
    EXPECT_TRUE(dups.of(s2->id).empty());
    EXPECT_EQ(dups.count(), 2u);
}

} // namespace
} // namespace gp::test::faces
