// Duplicate flags in review: the student's record lists the other 学号, the list rows carry the
// flag, and a batch approval leaves flagged students to a reviewer.
#include "ReviewFixture.h"
#include "core/review/ReviewRows.h"
#include "core/review/ReviewService.h"
#include "core/review/StatusDerivation.h"
#include "core/review/StudentList.h"
#include "core/review/StudentRecord.h"

#include <gtest/gtest.h>

namespace gp::review {
namespace {

TEST(DuplicateFlagReview, BatchApprovalExcludesFlaggedStudentsAndRowsAndRecordShowThem) {
    test::ReviewWorkspace w;
    const auto catalogue = test::reasons();
    domain::StudentId a = 0, b = 0, c = 0;
    domain::SubmissionId pa = 0, pb = 0;
    {
        store::Transaction tx(w.store());
        const auto setup = [&](const std::string& no, domain::SubmissionId& photo) {
            const auto id = w.addStudent(no, "学生" + no);
            const auto p = w.addPhoto(id);
            w.addRun(p.id, "pass");
            w.addComparison(p.id, w.addEnrollment(id), "match", 92);
            refreshStatus(w.store(), id, "chsi-2017");
            photo = p.id;
            return id;
        };
        domain::SubmissionId pc = 0;
        a = setup("2021020", pa);
        b = setup("2021021", pb);
        c = setup("2021022", pc);
        // a and b: the same face, found from both sides.
        domain::DuplicateFlag f;
        f.kind = "same_face";
        f.closeness = 0.21;
        f.foundAt = w.clock.nowIso();
        f.studentId = a;
        f.otherStudentId = b;
        f.photoVersionId = pa;
        f.otherPhotoVersionId = pb;
        auto g = f;
        std::swap(g.studentId, g.otherStudentId);
        std::swap(g.photoVersionId, g.otherPhotoVersionId);
        w.store().duplicates().replaceAll({f, g});
        tx.commit();
    }
    ReviewService s(w.store(), "chsi-2017", catalogue, w.clock);
    const std::vector<domain::StudentId> all{a, b, c};
    EXPECT_EQ(s.batchEligible(all), std::vector<domain::StudentId>{c});
    EXPECT_EQ(s.batchApprove(all, "李老师"), std::vector<domain::StudentId>{c});
    EXPECT_EQ(w.store().decisions().count(), 1u);
    EXPECT_EQ(w.store().students().byId(a)->status, domain::StudentStatus::AwaitingReview);
    // A reviewer may still approve a flagged student one by one.
    EXPECT_EQ(s.approve(a, pa, "李老师", "本人确认").status, domain::StudentStatus::Approved);

    const auto rows = loadReviewRows(w.store(), "chsi-2017");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_TRUE(rows[0].duplicate);
    EXPECT_EQ(rows[0].duplicateOf, "2021021");
    EXPECT_EQ(rows[0].duplicateCount, 1);
    EXPECT_TRUE(rows[1].duplicate);
    EXPECT_EQ(rows[1].duplicateOf, "2021020");
    EXPECT_FALSE(rows[2].duplicate);
    EXPECT_EQ(rows[2].duplicateOf, "");
    EXPECT_EQ(rows[2].duplicateCount, 0);
    const auto one = loadReviewRow(w.store(), "chsi-2017", b);
    ASSERT_TRUE(one);
    EXPECT_TRUE(one->duplicate);
    EXPECT_EQ(one->duplicateOf, "2021020");
    EXPECT_EQ(one->duplicateCount, 1);
    EXPECT_FALSE(loadReviewRow(w.store(), "chsi-2017", c)->duplicate);
    EXPECT_EQ(loadReviewRow(w.store(), "chsi-2017", c)->duplicateOf, "");
    const auto fromFile = loadReviewRows(w.ws->layout().database(), "chsi-2017");
    ASSERT_EQ(fromFile.size(), 3u);
    EXPECT_TRUE(fromFile[1].duplicate);
    EXPECT_EQ(fromFile[1].duplicateOf, "2021020");
    EXPECT_FALSE(fromFile[2].duplicate);
    // The list's "duplicates only" filter shows the two.
    StudentList list(rows);
    auto filter = list.filter();
    filter.duplicatesOnly = true;
    list.setFilter(filter);
    ASSERT_EQ(list.count(), 2u);
    EXPECT_EQ(listedDuplicate(list.at(0)), "2021021");
    EXPECT_EQ(listedDuplicate(list.at(1)), "2021020");

    const auto record =
        readStudentRecord(w.store(), "chsi-2017", b, domain::ReferenceKind::Enrollment);
    ASSERT_EQ(record.duplicates.size(), 1u);
    EXPECT_EQ(record.duplicates[0].otherStudentNo, "2021020");
    EXPECT_EQ(record.duplicates[0].kind, "same_face");
    EXPECT_EQ(record.duplicates[0].otherPhotoVersionId, pa);
    EXPECT_DOUBLE_EQ(record.duplicates[0].closeness, 0.21);

    // The next search finds nothing: the flags go, and the batch takes b.
    {
        store::Transaction tx(w.store());
        w.store().duplicates().replaceAll({});
        tx.commit();
    }
    EXPECT_EQ(s.batchEligible(all), std::vector<domain::StudentId>{b});
    EXPECT_FALSE(loadReviewRow(w.store(), "chsi-2017", b)->duplicate);
}

} // namespace
} // namespace gp::review
