// Every repository: what goes in comes back out, and the store's rules hold.
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"
#include "core/store/sqlite/SqliteDatabase.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

namespace gp::store {
namespace {

using namespace gp::domain;

class Repositories : public ::testing::Test {
protected:
    void SetUp() override { ws = test::newWorkspace(tmp / "w", clock); }
    WorkspaceStore& store() { return ws->store(); }

    /// Raw SQL on a second connection, as a careless script would.
    void rawSql(const std::string& sql) {
        SqliteDatabase db(tmp / "w" / "workspace.db");
        db.exec(sql);
    }

    StudentId addStudent(const std::string& no, CenterId center = 0) {
        auto s = test::student(no, "学生" + no, center);
        return store().students().add(s);
    }

    PhotoVersion photo(StudentId student, char fill) {
        PhotoVersion p;
        p.studentId = student;
        p.sha256 = std::string(64, fill);
        p.sourceName = "2021001.jpg";
        p.byteSize = 31'234;
        p.image.format = "jpeg";
        p.image.width = 480;
        p.image.height = 640;
        p.image.exifOrientation = 6;
        p.importedAt = clock.nowIso();
        return p;
    }

    ReferencePhoto reference(StudentId student, ReferenceKind kind, char fill, int w, int h) {
        ReferencePhoto p;
        p.studentId = student;
        p.kind = kind;
        p.sha256 = std::string(64, fill);
        p.sourceName = std::string(1, fill) + ".jpg";
        p.byteSize = 9000;
        p.image.format = "jpeg";
        p.image.width = w;
        p.image.height = h;
        p.importedAt = clock.nowIso();
        return p;
    }

    test::TempDir tmp;
    FixedClock clock = test::fixedClock();
    std::unique_ptr<Workspace> ws;
};

TEST_F(Repositories, CenterRoundTrip) {
    auto c = test::center("西安雁塔教学点");
    const auto id = store().centers().add(c);
    EXPECT_GT(id, 0);
    auto back = store().centers().byName("西安雁塔教学点");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->id, id);
    EXPECT_EQ(back->contact, "王老师");
    EXPECT_EQ(back->address, "陕西省西安市雁塔区示例路1号");
    EXPECT_EQ(back->postcode, "710061");
    EXPECT_TRUE(back->hasMailingDetails());

    back->address.clear();
    store().centers().update(*back);
    EXPECT_FALSE(store().centers().byId(id)->hasMailingDetails());
    EXPECT_FALSE(store().centers().byName("nowhere"));

    auto duplicate = test::center("西安雁塔教学点");
    EXPECT_ANY_THROW(store().centers().add(duplicate));
    auto other = test::center("宝鸡教学点");
    store().centers().add(other);
    ASSERT_EQ(store().centers().all().size(), 2u);
    EXPECT_EQ(store().centers().all().front().name, "宝鸡教学点"); // sorted by name
    EXPECT_EQ(store().centers().count(), 2u);
}

TEST_F(Repositories, StudentRoundTripKeepsEveryFieldAsText) {
    auto c = test::center("汉中函授站");
    const auto centerId = store().centers().add(c);
    Student s = test::student("0021001", "欧阳娜娜", centerId);
    s.idNumber = "61010219900307123X";
    s.idType = "mainland";
    s.birthDate = "1990-03-07";
    s.ethnicity = "汉族";
    s.className = "会计2401";
    s.examNo = "21110101150123";
    s.collectionCode = "CJM2026ABCDEF";
    s.graduationTerm = "2026届";
    s.mailingAddress = "汉中市汉台区";
    s.extra = {{"备注", "转专业"}, {"QQ", "12345"}};
    const auto id = store().students().add(s);

    auto back = store().students().byId(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->studentNo, "0021001") << "leading zeros are kept";
    EXPECT_EQ(back->name, "欧阳娜娜");
    EXPECT_EQ(back->idNumber, "61010219900307123X");
    EXPECT_EQ(back->idType, "mainland");
    EXPECT_EQ(back->birthDate, "1990-03-07");
    EXPECT_EQ(back->ethnicity, "汉族");
    EXPECT_EQ(back->centerId, centerId);
    EXPECT_EQ(back->className, "会计2401");
    EXPECT_EQ(back->examNo, "21110101150123");
    EXPECT_EQ(back->collectionCode, "CJM2026ABCDEF");
    EXPECT_EQ(back->graduationTerm, "2026届");
    EXPECT_EQ(back->mailingAddress, "汉中市汉台区");
    EXPECT_EQ(back->extra, s.extra);
    EXPECT_EQ(back->status, StudentStatus::NotSubmitted);
    EXPECT_FALSE(back->withdrawn);

    EXPECT_EQ(store().students().byStudentNo("0021001")->id, id);
    EXPECT_EQ(store().students().byIdNumber("61010219900307123X")->id, id);
    EXPECT_FALSE(store().students().byIdNumber(""));

    back->withdrawn = true;
    back->phone = "13900001111";
    store().students().update(*back);
    EXPECT_TRUE(store().students().byId(id)->withdrawn);
    EXPECT_EQ(store().students().byId(id)->phone, "13900001111");
    EXPECT_EQ(store().students().count(false), 0u);
    EXPECT_EQ(store().students().count(true), 1u);
}

TEST_F(Repositories, StudentNumbersAndIdNumbersAreUnique) {
    addStudent("2021001");
    EXPECT_ANY_THROW(addStudent("2021001"));
    auto a = test::student("2021002", "甲");
    a.idNumber = "610102199003071234";
    store().students().add(a);
    auto b = test::student("2021003", "乙");
    b.idNumber = "610102199003071234";
    EXPECT_ANY_THROW(store().students().add(b));
    // Many students without an ID number are fine.
    addStudent("2021004");
    addStudent("2021005");
    EXPECT_EQ(store().students().count(true), 4u);
}

TEST_F(Repositories, StudentsAreNeverDeletedAndCentersMustExist) {
    addStudent("2021001");
    EXPECT_ANY_THROW(rawSql("DELETE FROM students"));
    EXPECT_EQ(store().students().count(true), 1u);
    EXPECT_ANY_THROW(addStudent("2021002", 999)) << "foreign keys are enforced";
}

TEST_F(Repositories, StudentListFiltersAndStatusCounts) {
    auto a = test::center("甲教学点");
    auto b = test::center("乙教学点");
    store().centers().add(a);
    store().centers().add(b);
    const auto s1 = addStudent("3", a.id);
    addStudent("1", a.id);
    addStudent("2", b.id);
    store().students().setStatus(s1, StudentStatus::Approved);

    EXPECT_EQ(store().students().list({}).size(), 3u);
    EXPECT_EQ(store().students().list({}).front().studentNo, "1");
    EXPECT_EQ(store().students().list({a.id, std::nullopt, false}).size(), 2u);
    const auto approved = store().students().list({std::nullopt, StudentStatus::Approved, false});
    ASSERT_EQ(approved.size(), 1u);
    EXPECT_EQ(approved.front().studentNo, "3");

    const auto counts = store().students().countByStatus();
    EXPECT_EQ(counts.at(StudentStatus::Approved), 1u);
    EXPECT_EQ(counts.at(StudentStatus::NotSubmitted), 2u);
    EXPECT_EQ(counts.at(StudentStatus::Mailed), 0u);
}

TEST_F(Repositories, PhotoVersionsAreNumberedAndNeverChanged) {
    const auto s = addStudent("2021001");
    auto v1 = photo(s, 'a');
    auto v2 = photo(s, 'b');
    store().photoVersions().add(v1);
    store().photoVersions().add(v2);
    EXPECT_EQ(v1.version, 1);
    EXPECT_EQ(v2.version, 2);

    const auto latest = store().photoVersions().latestOf(s);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->id, v2.id);
    EXPECT_EQ(latest->sha256, std::string(64, 'b'));
    EXPECT_EQ(latest->image.width, 480);
    EXPECT_EQ(latest->image.exifOrientation, 6);
    EXPECT_EQ(latest->byteSize, 31'234u);
    EXPECT_EQ(store().photoVersions().versionsOf(s).size(), 2u);
    EXPECT_EQ(store().photoVersions().byId(v1.id)->version, 1);

    auto same = photo(s, 'a');
    EXPECT_ANY_THROW(store().photoVersions().add(same)) << "same bytes twice for one student";
    const auto other = addStudent("2021002");
    auto shared = photo(other, 'a');
    store().photoVersions().add(shared);
    EXPECT_EQ(store().photoVersions().bySha256(std::string(64, 'a')).size(), 2u);

    EXPECT_ANY_THROW(rawSql("UPDATE photo_versions SET sha256 = '" + std::string(64, 'c') + "'"));
    EXPECT_ANY_THROW(rawSql("DELETE FROM photo_versions"));
    EXPECT_EQ(store().photoVersions().count(), 3u);
    EXPECT_FALSE(store().photoVersions().latestOf(12345));
}

TEST_F(Repositories, ReferencePhotosByKind) {
    const auto s = addStudent("2021001");
    auto enrollment = reference(s, ReferenceKind::Enrollment, 'e', 150, 200);
    auto card = reference(s, ReferenceKind::IdCard, 'f', 358, 441);
    store().referencePhotos().add(enrollment);
    store().referencePhotos().add(card);
    const auto got = store().referencePhotos().of(s, ReferenceKind::Enrollment);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got.front().sha256, std::string(64, 'e'));
    EXPECT_EQ(got.front().image.width, 150);
    EXPECT_EQ(store().referencePhotos().of(s, ReferenceKind::IdCard).front().image.height, 441);
    EXPECT_EQ(store().referencePhotos().count(ReferenceKind::IdCard), 1u);
}

TEST_F(Repositories, CheckRunsWithResultsReplaceOnRecheck) {
    const auto s = addStudent("2021001");
    auto v = photo(s, 'a');
    store().photoVersions().add(v);
    CheckRun run;
    run.submissionId = v.id;
    run.profileId = "chsi-2017";
    run.profileVersion = 1;
    run.engineVersion = "0.1.0";
    run.verdict = "fail";
    run.startedAt = run.finishedAt = clock.nowIso();
    run.results = {{"file.size", "pass", R"({"width":480,"height":640})", "480×640", "", "[]"},
                   {"framing.head_top", "fail", R"({"px":132})", "50–110 px", "head_low",
                    R"([{"line":[0,132,480,132]}])", R"({"min":50,"max":110})"}};
    store().checkRuns().save(run);
    auto back = store().checkRuns().latestFor(v.id, "chsi-2017");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->verdict, "fail");
    ASSERT_EQ(back->results.size(), 2u);
    EXPECT_EQ(back->results[1].checkId, "framing.head_top");
    EXPECT_EQ(back->results[1].limitText, "50–110 px");
    EXPECT_EQ(back->results[1].reasonCode, "head_low");
    EXPECT_EQ(back->results[1].overlayJson, R"([{"line":[0,132,480,132]}])");
    EXPECT_EQ(back->results[1].limitJson, R"({"min":50,"max":110})");
    EXPECT_EQ(back->results[0].limitJson, "");

    const auto first = run.id;
    run.verdict = "pass";
    run.engineVersion = "0.2.0";
    run.results.resize(1);
    store().checkRuns().save(run);
    EXPECT_EQ(store().checkRuns().count(), 2u) << "the earlier run is kept";
    const auto latest = store().checkRuns().latestFor(v.id, "chsi-2017");
    EXPECT_GT(latest->id, first);
    EXPECT_EQ(latest->engineVersion, "0.2.0");
    EXPECT_EQ(latest->results.size(), 1u);
    EXPECT_FALSE(store().checkRuns().latestFor(v.id, "id-card-358x441"));
}

TEST_F(Repositories, FaceDescriptorsAndComparisons) {
    FaceDescriptor d;
    d.sha256 = std::string(64, 'a');
    d.modelId = "dlib_resnet_v1";
    d.faceCount = 1;
    for (int i = 0; i < 128; ++i) {
        d.descriptor.push_back(static_cast<float>(i) * 0.01f - 0.5f);
    }
    d.box = {100, 120, 220, 220};
    d.computedAt = clock.nowIso();
    store().faces().saveDescriptor(d);
    auto back = store().faces().descriptor(d.sha256, d.modelId);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->descriptor, d.descriptor);
    EXPECT_EQ(back->box.width, 220);
    EXPECT_FALSE(store().faces().descriptor(d.sha256, "other-model"));
    d.faceCount = 2;
    store().faces().saveDescriptor(d);
    EXPECT_EQ(store().faces().countDescriptors(), 1u);
    EXPECT_EQ(store().faces().descriptor(d.sha256, d.modelId)->faceCount, 2);

    const auto s = addStudent("2021001");
    auto v = photo(s, 'a');
    store().photoVersions().add(v);
    FaceComparison none{
        0,  v.id,           0, "dlib_resnet_v1", "no_reference", std::nullopt, std::nullopt,
        "", clock.nowIso(), ""};
    store().faces().saveComparison(none);
    ASSERT_EQ(store().faces().comparisonsOf(v.id).size(), 1u);
    EXPECT_EQ(store().faces().comparisonsOf(v.id)[0].state, "no_reference");
    // Another student's no_reference row is not touched by this photo's comparison.
    const auto s2 = addStudent("2021002");
    auto v2 = photo(s2, 'b');
    store().photoVersions().add(v2);
    FaceComparison none2 = none;
    none2.submissionId = v2.id;
    store().faces().saveComparison(none2);
    auto ref = reference(s, ReferenceKind::Enrollment, 'e', 150, 200);
    store().referencePhotos().add(ref);
    FaceComparison cmp{0,    v.id, ref.id,  "dlib_resnet_v1", "compared",
                       0.41, 78.5, "match", clock.nowIso(),   ""};
    store().faces().saveComparison(cmp);
    cmp.distance = 0.45;
    store().faces().saveComparison(cmp); // replaces
    // The comparison with the new reference took the stale no_reference row away.
    const auto all = store().faces().comparisonsOf(v.id);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].state, "compared");
    EXPECT_EQ(all[0].referencePhotoId, ref.id);
    EXPECT_DOUBLE_EQ(*all[0].distance, 0.45);
    EXPECT_DOUBLE_EQ(*all[0].similarity, 78.5);
    EXPECT_EQ(all[0].outcome, "match");
    const auto other = store().faces().comparisonsOf(v2.id);
    ASSERT_EQ(other.size(), 1u);
    EXPECT_EQ(other[0].state, "no_reference");
    EXPECT_FALSE(other[0].distance);
    EXPECT_EQ(store().faces().removeNoReference(v2.id), 1u);
    EXPECT_EQ(store().faces().removeNoReference(v2.id), 0u);
    EXPECT_EQ(store().faces().countComparisons(), 1u);
}

TEST_F(Repositories, DecisionLogIsAppendOnly) {
    const auto s = addStudent("2021001");
    auto v = photo(s, 'a');
    store().photoVersions().add(v);
    Decision reject{0,
                    s,
                    v.id,
                    v.sha256,
                    "李审核",
                    clock.nowIso(),
                    DecisionKind::Reject,
                    {"background", "head_tilt"},
                    "背景有杂物",
                    0};
    store().decisions().append(reject);
    Decision undo{0,  s,  v.id,     v.sha256, "李审核", clock.nowIso(), DecisionKind::Reversal,
                  {}, "", reject.id};
    store().decisions().append(undo);
    Decision approve{0,  s,  v.id, v.sha256, "李审核", clock.nowIso(), DecisionKind::Approve,
                     {}, "", 0};
    store().decisions().append(approve);

    const auto history = store().decisions().historyOf(s);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].kind, DecisionKind::Reject);
    EXPECT_EQ(history[0].reasonCodes, (std::vector<std::string>{"background", "head_tilt"}));
    EXPECT_EQ(history[0].note, "背景有杂物");
    EXPECT_EQ(history[0].photoSha256, v.sha256);
    EXPECT_EQ(history[1].kind, DecisionKind::Reversal);
    EXPECT_EQ(history[1].reverses, reject.id);
    EXPECT_EQ(history[2].kind, DecisionKind::Approve);
    EXPECT_TRUE(history[2].reasonCodes.empty());
    EXPECT_EQ(store().decisions().byId(reject.id)->reviewer, "李审核");

    Decision again{0,  s,  v.id,     v.sha256, "李审核", clock.nowIso(), DecisionKind::Reversal,
                   {}, "", reject.id};
    EXPECT_ANY_THROW(store().decisions().append(again)) << "a decision is reversed once";
    const auto other = addStudent("2021002");
    Decision foreign{0,  other, 0,         "", "李审核", clock.nowIso(), DecisionKind::Reversal,
                     {}, "",    approve.id};
    EXPECT_ANY_THROW(store().decisions().append(foreign)) << "only the same student's decision";
    Decision wrongPhoto{0,  other, v.id, v.sha256, "李审核", clock.nowIso(), DecisionKind::Approve,
                        {}, "",    0};
    EXPECT_ANY_THROW(store().decisions().append(wrongPhoto)) << "another student's photo";
    EXPECT_TRUE(store().decisions().historyOf(other).empty()) << "nothing half-written";
    EXPECT_ANY_THROW(rawSql("UPDATE decisions SET kind = 'approve'"));
    EXPECT_ANY_THROW(rawSql("DELETE FROM decisions"));
    EXPECT_ANY_THROW(rawSql("DELETE FROM decision_reasons"));
    Decision anonymous{0, s, v.id, v.sha256, "", clock.nowIso(), DecisionKind::Approve, {}, "", 0};
    EXPECT_ANY_THROW(store().decisions().append(anonymous)) << "a decision names its reviewer";
    EXPECT_EQ(store().decisions().count(), 3u);
}

TEST_F(Repositories, BatchesWithMembersAndTracking) {
    auto c = test::center("甲教学点");
    store().centers().add(c);
    const auto s1 = addStudent("1", c.id);
    const auto s2 = addStudent("2", c.id);
    Batch mail;
    mail.kind = BatchKind::Mailing;
    mail.number = "MAIL-20261121-01";
    mail.centerId = c.id;
    mail.createdAt = clock.nowIso();
    mail.createdBy = "张邮寄";
    mail.members = {{s1, 0}, {s2, 0}};
    store().batches().create(mail);
    store().batches().setTrackingNumber(mail.id, "SF1234567890");

    auto back = store().batches().byNumber("MAIL-20261121-01");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->kind, BatchKind::Mailing);
    EXPECT_EQ(back->centerId, c.id);
    EXPECT_EQ(back->trackingNumber, "SF1234567890");
    EXPECT_EQ(back->members.size(), 2u);
    EXPECT_TRUE(store().batches().contains(BatchKind::Mailing, s1));
    EXPECT_FALSE(store().batches().contains(BatchKind::Upload, s1));
    EXPECT_EQ(store().batches().list(BatchKind::Mailing).size(), 1u);
    EXPECT_EQ(store().batches().count(BatchKind::Upload), 0u);

    // A batch with a member that does not exist is not stored at all, even without a
    // transaction around it.
    Batch broken;
    broken.kind = BatchKind::Upload;
    broken.number = "UP-20261121-01";
    broken.createdAt = clock.nowIso();
    broken.members = {{s1, 0}, {99999, 0}};
    EXPECT_ANY_THROW(store().batches().create(broken));
    EXPECT_FALSE(store().batches().byNumber("UP-20261121-01"));
    EXPECT_EQ(store().batches().count(BatchKind::Upload), 0u);
}

TEST_F(Repositories, StudentHistoryIsAppendOnly) {
    const auto s = addStudent("2021001");
    store().students().appendHistory({s, clock.nowIso(), "roster a.xlsx", "phone", "1", "2"});
    store().students().appendHistory(
        {s, clock.nowIso(), "roster b.xlsx", "withdrawn", "no", "yes"});
    const auto h = store().students().historyOf(s);
    ASSERT_EQ(h.size(), 2u);
    EXPECT_EQ(h[0].field, "phone");
    EXPECT_EQ(h[1].source, "roster b.xlsx");
    EXPECT_ANY_THROW(rawSql("DELETE FROM student_history"));
    EXPECT_ANY_THROW(rawSql("UPDATE student_history SET after = 'x'"));
}

TEST_F(Repositories, AFailedInsertDoesNotSpoilTheNextOne) {
    addStudent("2021001");
    EXPECT_ANY_THROW(addStudent("2021001"));
    EXPECT_NO_THROW(addStudent("2021002"));
    EXPECT_EQ(store().students().byStudentNo("2021002")->name, "学生2021002");
}

TEST_F(Repositories, SettingsUpsert) {
    EXPECT_FALSE(store().settings().get("review.deadline"));
    store().settings().set("review.deadline", "2026-12-15");
    store().settings().set("review.deadline", "2026-12-20");
    EXPECT_EQ(store().settings().get("review.deadline"), "2026-12-20");
}

TEST_F(Repositories, TransactionRollsBackWhenNotCommitted) {
    {
        Transaction tx(store());
        addStudent("2021001");
        addStudent("2021002");
    }
    EXPECT_EQ(store().students().count(true), 0u);
    {
        Transaction tx(store());
        addStudent("2021001");
        tx.commit();
    }
    EXPECT_EQ(store().students().count(true), 1u);
}

} // namespace
} // namespace gp::store
