#include "core/review/ReviewService.h"

#include "ReviewFixture.h"
#include "core/common/UserError.h"
#include "core/review/FaceOutcome.h"
#include "core/review/ReviewRows.h"
#include "core/review/StatusDerivation.h"
#include "core/review/StudentRecord.h"

#include <gtest/gtest.h>

namespace gp::review {
namespace {

using domain::DecisionKind;
using domain::StudentStatus;

class ReviewServiceTest : public ::testing::Test {
protected:
    ReviewServiceTest() : catalogue(test::reasons()) {
        store::Transaction tx(w.store());
        zhang = w.addStudent("2021001", "张三");
        v1 = w.addPhoto(zhang);
        w.addRun(v1.id, "fail", "head_too_high");
        w.clock.advance(std::chrono::minutes(1));
        tx.commit();
    }
    ReviewService service() { return ReviewService(w.store(), "chsi-2017", catalogue, w.clock); }

    test::ReviewWorkspace w;
    ReasonCatalog catalogue;
    domain::StudentId zhang = 0;
    domain::PhotoVersion v1;
};

TEST(ReasonCatalogue, KeepsTheFilesOrderAndLabels) {
    const auto c = test::reasons();
    ASSERT_GE(c.all().size(), 30u);
    EXPECT_EQ(c.all().front().code, "background_invalid");
    EXPECT_EQ(c.all()[1].code, "background_shadow_objects");
    EXPECT_EQ(c.label("head_too_high", "zh_CN"), "头部位置偏上");
    EXPECT_EQ(c.label("head_too_high", "en"), "Head too high in the frame");
    EXPECT_EQ(c.label("no_such_code", "zh_CN"), "no_such_code");
}

TEST_F(ReviewServiceTest, ApproveRecordsWhoWhenWhichPhotoAndUpdatesTheStatus) {
    auto s = service();
    const auto out = s.approve(zhang, v1.id, "李老师", "看过原件");
    EXPECT_EQ(out.status, StudentStatus::Approved);
    const auto log = s.history(zhang);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].kind, DecisionKind::Approve);
    EXPECT_EQ(log[0].reviewer, "李老师");
    EXPECT_EQ(log[0].decidedAt, "2026-11-21T08:01:00.000Z");
    EXPECT_EQ(log[0].submissionId, v1.id);
    EXPECT_EQ(log[0].photoSha256, v1.sha256);
    EXPECT_EQ(log[0].note, "看过原件");
    EXPECT_EQ(w.store().students().byId(zhang)->status, StudentStatus::Approved);
}

TEST_F(ReviewServiceTest, RejectNeedsKnownReasonsAndKeepsThem) {
    auto s = service();
    EXPECT_THROW(s.reject(zhang, v1.id, "李老师", {}), UserError);
    EXPECT_THROW(s.reject(zhang, v1.id, "李老师", {"not_a_reason"}), UserError);
    EXPECT_THROW(s.approve(zhang, v1.id, "  "), UserError);
    EXPECT_EQ(w.store().decisions().count(), 0u); // nothing half-written
    const auto out =
        s.reject(zhang, v1.id, "李老师", {"head_too_high", "blurred", "head_too_high"});
    EXPECT_EQ(out.status, StudentStatus::Retake);
    const auto log = s.history(zhang);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].reasonCodes, (std::vector<std::string>{"head_too_high", "blurred"}));
}

TEST_F(ReviewServiceTest, UndoAppendsAReversalAndNeverDeletes) {
    auto s = service();
    const auto rejected = s.reject(zhang, v1.id, "李老师", {"blurred"});
    const auto approved = s.approve(zhang, v1.id, "王老师");
    EXPECT_EQ(approved.status, StudentStatus::Approved);
    const auto undone = s.undo(zhang, approved.decision.id, "王老师");
    EXPECT_EQ(undone.decision.kind, DecisionKind::Reversal);
    EXPECT_EQ(undone.decision.reverses, approved.decision.id);
    EXPECT_EQ(undone.status, StudentStatus::Retake); // the rejection is in force again
    const auto again = s.undo(zhang, rejected.decision.id, "王老师");
    EXPECT_EQ(again.decision.reverses, rejected.decision.id);
    EXPECT_EQ(again.status, StudentStatus::AwaitingReview);
    EXPECT_THROW(s.undo(zhang, rejected.decision.id, "王老师"), UserError);
    EXPECT_EQ(s.history(zhang).size(), 4u);
    EXPECT_EQ(w.store().students().byId(zhang)->status, StudentStatus::AwaitingReview);
}

TEST_F(ReviewServiceTest, ARetakeAfterRejectionGoesBackToTheQueue) {
    auto s = service();
    s.reject(zhang, v1.id, "李老师", {"head_too_high"});
    domain::PhotoVersion v2;
    {
        store::Transaction tx(w.store());
        v2 = w.addPhoto(zhang);
        EXPECT_EQ(refreshStatus(w.store(), zhang, "chsi-2017"), StudentStatus::AwaitingCheck);
        w.addRun(v2.id, "pass");
        EXPECT_EQ(refreshStatus(w.store(), zhang, "chsi-2017"), StudentStatus::AwaitingReview);
        tx.commit();
    }
    const auto out = s.approve(zhang, v2.id, "李老师");
    EXPECT_EQ(out.decision.submissionId, w.store().photoVersions().latestOf(zhang)->id);
    EXPECT_NE(out.decision.submissionId, v1.id);
}

TEST_F(ReviewServiceTest, ADecisionOnAPhotoSupersededMeanwhileIsRefused) {
    auto s = service();
    domain::PhotoVersion v2;
    {
        store::Transaction tx(w.store());
        v2 = w.addPhoto(zhang); // arrives while the reviewer looks at v1
        w.addRun(v2.id, "pass");
        refreshStatus(w.store(), zhang, "chsi-2017");
        tx.commit();
    }
    const auto before = w.store().students().byId(zhang)->status;
    EXPECT_THROW(s.approve(zhang, v1.id, "李老师"), UserError);
    EXPECT_THROW(s.reject(zhang, v1.id, "李老师", {"blurred"}), UserError);
    EXPECT_EQ(w.store().decisions().count(), 0u);
    EXPECT_EQ(w.store().students().byId(zhang)->status, before);
    try {
        s.approve(zhang, v1.id, "李老师");
    } catch (const UserError& e) {
        EXPECT_NE(std::string(e.what()).find("newer photo"), std::string::npos) << e.what();
    }
    const auto out = s.approve(zhang, v2.id, "李老师");
    EXPECT_EQ(out.decision.submissionId, v2.id);
    EXPECT_EQ(out.decision.photoSha256, v2.sha256);
}

TEST_F(ReviewServiceTest, UndoReversesOnlyTheNamedDecisionWhileItIsInForce) {
    auto s = service();
    const auto mine = s.approve(zhang, v1.id, "李老师");
    const auto theirs = s.reject(zhang, v1.id, "王老师", {"blurred"});
    // 李老师's Ctrl+Z must not reverse 王老师's rejection, nor her own approval under it.
    EXPECT_THROW(s.undo(zhang, mine.decision.id, "李老师"), UserError);
    EXPECT_THROW(s.undo(zhang, theirs.decision.id + 100, "李老师"), UserError);
    EXPECT_EQ(w.store().decisions().count(), 2u);
    EXPECT_EQ(w.store().students().byId(zhang)->status, StudentStatus::Retake);
    // A decision on a photo superseded since is not undone either.
    {
        store::Transaction tx(w.store());
        const auto v2 = w.addPhoto(zhang);
        w.addRun(v2.id, "pass");
        refreshStatus(w.store(), zhang, "chsi-2017");
        tx.commit();
    }
    EXPECT_THROW(s.undo(zhang, theirs.decision.id, "王老师"), UserError);
    EXPECT_EQ(w.store().decisions().count(), 2u);
    EXPECT_EQ(w.store().students().byId(zhang)->status, StudentStatus::AwaitingReview);
}

TEST_F(ReviewServiceTest, UndoingAnApprovalAlreadyInABatchNeedsForceAndANote) {
    auto s = service();
    const auto approved = s.approve(zhang, v1.id, "李老师");
    {
        store::Transaction tx(w.store());
        domain::Batch b;
        b.kind = domain::BatchKind::Upload;
        b.number = "UP-20261121-01";
        b.createdAt = w.clock.nowIso();
        b.createdBy = "李老师";
        b.members.push_back({zhang, v1.id});
        w.store().batches().create(b);
        refreshStatus(w.store(), zhang, "chsi-2017");
        tx.commit();
    }
    EXPECT_EQ(s.batchHolding(zhang, approved.decision.id), "UP-20261121-01");
    try {
        s.undo(zhang, approved.decision.id, "李老师");
        ADD_FAILURE() << "undo of a packed approval went through";
    } catch (const UserError& e) {
        EXPECT_NE(std::string(e.what()).find("UP-20261121-01"), std::string::npos) << e.what();
    }
    EXPECT_THROW(s.undo(zhang, approved.decision.id, "李老师", " ", true), UserError);
    EXPECT_EQ(w.store().decisions().count(), 1u);
    EXPECT_EQ(w.store().students().byId(zhang)->status, StudentStatus::Packed);
    const auto out = s.undo(zhang, approved.decision.id, "李老师", "上传包作废，重新打包", true);
    EXPECT_EQ(out.decision.reverses, approved.decision.id);
    EXPECT_EQ(out.decision.note, "上传包作废，重新打包");
    EXPECT_EQ(out.status, StudentStatus::AwaitingReview);
}

TEST_F(ReviewServiceTest, FaceOutcomeIsTheNewestComparisonWithTheNewestEnrollmentPhoto) {
    // 李四: compared with an old enrollment photo (no match), then a new enrollment photo came
    // and matched, then the old one was compared again (review); an ID-card comparison failed.
    domain::StudentId li = 0;
    domain::PhotoVersion photo;
    {
        store::Transaction tx(w.store());
        li = w.addStudent("2021002", "李四");
        photo = w.addPhoto(li);
        w.addRun(photo.id, "pass");
        const auto oldRef = w.addEnrollment(li);
        w.addComparison(photo.id, oldRef, "no_match", 20);
        const auto newRef = w.addEnrollment(li);
        w.addComparison(photo.id, newRef, "match", 90);
        w.addComparison(photo.id, oldRef, "review", 60);
        domain::ReferencePhoto card;
        card.studentId = li;
        card.kind = domain::ReferenceKind::IdCard;
        card.sha256 = std::string(64, 'c');
        card.sourceName = "card.jpg";
        card.byteSize = 1000;
        card.importedAt = w.clock.nowIso();
        const auto cardId = w.store().referencePhotos().add(card);
        w.addComparison(photo.id, cardId, "no_match", 10);
        refreshStatus(w.store(), li, "chsi-2017");
        tx.commit();
    }
    store::Transaction snapshot(w.store(), store::Transaction::Kind::Read);
    const auto refs = w.store().referencePhotos().of(li, domain::ReferenceKind::Enrollment);
    const auto newest = newestReference(refs, domain::ReferenceKind::Enrollment);
    ASSERT_NE(newest, 0);
    const auto comparisons = w.store().faces().comparisonsOf(photo.id);
    ASSERT_EQ(comparisons.size(), 3u) << "comparing again with the old photo replaced its result";
    const auto* standing = standingComparison(comparisons, newest);
    ASSERT_NE(standing, nullptr);
    EXPECT_EQ(standing->outcome, "match");
    EXPECT_DOUBLE_EQ(*standing->similarity, 90.0);
    EXPECT_EQ(standingComparison(comparisons, 0), nullptr);
    // The list (both reads) and the batch approval say the same.
    const auto one = loadReviewRow(w.store(), "chsi-2017", li);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->faceOutcome, "match");
    EXPECT_DOUBLE_EQ(one->similarity.value_or(0), 90.0);
    bool found = false;
    for (const auto& r : loadReviewRows(w.store(), "chsi-2017")) {
        if (r.id == li) {
            found = true;
            EXPECT_EQ(r.faceOutcome, "match");
            EXPECT_DOUBLE_EQ(r.similarity.value_or(0), 90.0);
        }
    }
    EXPECT_TRUE(found);
    snapshot.commit();
    EXPECT_EQ(service().batchEligible({li}), std::vector<domain::StudentId>{li});
}

TEST_F(ReviewServiceTest, NoPhotoNoDecision) {
    domain::StudentId li = 0;
    {
        store::Transaction tx(w.store());
        li = w.addStudent("2021002", "李四");
        tx.commit();
    }
    auto s = service();
    EXPECT_THROW(s.approve(li, 0, "李老师"), UserError);
    EXPECT_EQ(w.store().students().byId(li)->status, StudentStatus::NotSubmitted);
}

TEST_F(ReviewServiceTest, BatchApprovalTakesOnlyPassedAndMatchingStudentsOneDecisionEach) {
    domain::StudentId a = 0, b = 0, c = 0, d = 0, e = 0;
    {
        store::Transaction tx(w.store());
        const auto setup = [&](const std::string& no, const std::string& verdict,
                               const std::string& outcome) {
            const auto id = w.addStudent(no, "学生" + no);
            const auto p = w.addPhoto(id);
            w.addRun(p.id, verdict);
            if (!outcome.empty()) {
                w.addComparison(p.id, w.addEnrollment(id), outcome, outcome == "match" ? 91 : 40);
            }
            refreshStatus(w.store(), id, "chsi-2017");
            return id;
        };
        a = setup("2021010", "pass", "match");
        b = setup("2021011", "pass", "no_match");
        c = setup("2021012", "review", "match");
        d = setup("2021013", "pass", "");
        e = setup("2021014", "pass", "match");
        tx.commit();
    }
    auto s = service();
    s.reject(e, w.store().photoVersions().latestOf(e)->id, "李老师",
             {"blurred"}); // decided already: not the batch's business
    const std::vector<domain::StudentId> all{zhang, a, b, c, d, e};
    EXPECT_EQ(s.batchEligible(all), std::vector<domain::StudentId>{a});
    const auto before = w.store().decisions().count();
    EXPECT_EQ(s.batchApprove(all, "李老师", "批量通过"), std::vector<domain::StudentId>{a});
    EXPECT_EQ(w.store().decisions().count(), before + 1);
    const auto log = s.history(a);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].note, "批量通过");
    EXPECT_EQ(w.store().students().byId(a)->status, StudentStatus::Approved);
    EXPECT_TRUE(s.batchEligible(all).empty());

    // The list rows say what the batch looked at.
    const auto rows = loadReviewRows(w.store(), "chsi-2017");
    ASSERT_EQ(rows.size(), 6u);
    EXPECT_EQ(rows[0].studentNo, "2021001");
    EXPECT_EQ(rows[0].verdict, "fail");
    EXPECT_TRUE(rows[0].hasReason("head_too_high"));
    EXPECT_FALSE(rows[0].hasReason("head_too"));
    EXPECT_EQ(rows[1].studentNo, "2021010");
    EXPECT_EQ(rows[1].status, StudentStatus::Approved);
    EXPECT_EQ(rows[1].faceOutcome, "match");
    ASSERT_TRUE(rows[1].similarity);
    EXPECT_DOUBLE_EQ(*rows[1].similarity, 91.0);
    EXPECT_EQ(rows[2].faceOutcome, "no_match");
    EXPECT_FALSE(rows[4].similarity);
    EXPECT_EQ(rows[5].status, StudentStatus::Retake);
    EXPECT_TRUE(rows[5].hasReason("blurred")); // the rejection's reason
    // Read through a connection of its own (the console's open, on another thread): the same.
    const auto fromFile = loadReviewRows(w.ws->layout().database(), "chsi-2017");
    ASSERT_EQ(fromFile.size(), rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(fromFile[i].id, rows[i].id);
        EXPECT_EQ(fromFile[i].reasonCodes, rows[i].reasonCodes);
        EXPECT_EQ(fromFile[i].status, rows[i].status);
    }
    // The one-student read (after a decision) says the same as the read of all.
    for (const auto& r : rows) {
        const auto same = loadReviewRow(w.store(), "chsi-2017", r.id);
        ASSERT_TRUE(same);
        EXPECT_EQ(same->studentNo, r.studentNo);
        EXPECT_EQ(same->status, r.status);
        EXPECT_EQ(same->photo, r.photo);
        EXPECT_EQ(same->verdict, r.verdict);
        EXPECT_EQ(same->reasonCodes, r.reasonCodes) << r.studentNo;
        EXPECT_EQ(same->similarity, r.similarity);
        EXPECT_EQ(same->faceOutcome, r.faceOutcome);
        EXPECT_EQ(same->submittedAt, r.submittedAt);
    }
    const auto one = loadReviewRow(w.store(), "chsi-2017", e);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->studentNo, "2021014");
    EXPECT_EQ(one->version, 1);
}

} // namespace
} // namespace gp::review

namespace gp::review {
namespace {

TEST(StudentRecordTest, ReadsWhatTheScreenShowsInOneSnapshot) {
    test::ReviewWorkspace w;
    domain::StudentId id = 0;
    domain::PhotoVersion v2;
    {
        store::Transaction tx(w.store());
        id = w.addStudent("2021001", "张三");
        w.addPhoto(id);
        v2 = w.addPhoto(id);
        w.addRun(v2.id, "fail", "head_too_high");
        w.addComparison(v2.id, w.addEnrollment(id), "match", 88);
        tx.commit();
    }
    const auto catalogue = test::reasons();
    ReviewService(w.store(), "chsi-2017", catalogue, w.clock)
        .reject(id, v2.id, "李老师", {"head_too_high"});
    const auto r = readStudentRecord(w.store(), "chsi-2017", id, domain::ReferenceKind::Enrollment);
    ASSERT_TRUE(r.student);
    EXPECT_EQ(r.student->name, "张三");
    ASSERT_EQ(r.versions.size(), 2u);
    EXPECT_EQ(r.latest()->id, v2.id);
    EXPECT_EQ(r.references.size(), 1u);
    ASSERT_TRUE(r.run);
    EXPECT_EQ(r.suggestedReasons(), std::vector<std::string>{"head_too_high"});
    ASSERT_NE(r.comparison(), nullptr);
    EXPECT_DOUBLE_EQ(*r.comparison()->similarity, 88.0);
    ASSERT_EQ(r.decisions.size(), 1u);
    EXPECT_EQ(r.versionNumber(r.decisions[0].submissionId), 2);
    const auto none = readStudentRecord(w.store(), "chsi-2017", id, domain::ReferenceKind::IdCard);
    EXPECT_TRUE(none.references.empty());
}

} // namespace
} // namespace gp::review
