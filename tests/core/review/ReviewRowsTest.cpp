// The review list's rows, read for every student at once (scans merged in memory) and for one
// student (one statement): both reads say the same, by 学号, of the latest photo.
#include "core/review/ReviewRows.h"

#include "ReviewFixture.h"

#include <gtest/gtest.h>

namespace gp::review {
namespace {

void expectSame(const ReviewRow& a, const ReviewRow& b) {
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.studentNo, b.studentNo);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.examNo, b.examNo);
    EXPECT_EQ(a.idNumber, b.idNumber);
    EXPECT_EQ(a.centerId, b.centerId);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.photo, b.photo);
    EXPECT_EQ(a.version, b.version);
    EXPECT_EQ(a.submittedAt, b.submittedAt);
    EXPECT_EQ(a.verdict, b.verdict);
    EXPECT_EQ(a.similarity, b.similarity);
    EXPECT_EQ(a.faceOutcome, b.faceOutcome);
    EXPECT_EQ(a.reasonCodes, b.reasonCodes);
    EXPECT_EQ(a.duplicate, b.duplicate);
    EXPECT_EQ(a.duplicateOf, b.duplicateOf);
    EXPECT_EQ(a.duplicateCount, b.duplicateCount);
}

TEST(ReviewRows, EveryStudentByStudentNoOfTheLatestPhotoAndTheLatestEnrollmentPhoto) {
    test::ReviewWorkspace w;
    domain::StudentId third = 0, first = 0, second = 0;
    domain::SubmissionId v2 = 0, firstPhoto = 0;
    {
        store::Transaction tx(w.store());
        const auto center = w.addCenter("城南教学点");
        // Added out of 学号 order.
        third = w.addStudent("2021003", "王五", center);
        first = w.addStudent("2021001", "张三", center, "610104199001011234");
        second = w.addStudent("2021002", "李四");
        // 王五: v1 failed, the retake v2 passed; compared with an enrollment photo that a
        // newer one has replaced since: no standing comparison.
        const auto v1 = w.addPhoto(third);
        w.addRun(v1.id, "fail", "head_too_high");
        const auto retake = w.addPhoto(third);
        v2 = retake.id;
        w.addRun(v2, "pass");
        w.addComparison(v2, w.addEnrollment(third), "match", 88);
        w.addEnrollment(third);
        // 张三: failed twice, the newest run counts; matches the enrollment photo.
        const auto p = w.addPhoto(first);
        firstPhoto = p.id;
        w.addRun(p.id, "fail", "blurred");
        w.addRun(p.id, "fail", "head_too_high");
        w.addComparison(p.id, w.addEnrollment(first), "match", 91);
        tx.commit();
    }
    const auto rows = loadReviewRows(w.store(), "chsi-2017");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].studentNo, "2021001");
    EXPECT_EQ(rows[1].studentNo, "2021002");
    EXPECT_EQ(rows[2].studentNo, "2021003");

    EXPECT_EQ(rows[0].id, first);
    EXPECT_EQ(rows[0].photo, firstPhoto);
    EXPECT_EQ(rows[0].version, 1);
    EXPECT_EQ(rows[0].verdict, "fail");
    EXPECT_EQ(rows[0].reasonCodes, "head_too_high");
    EXPECT_EQ(rows[0].faceOutcome, "match");
    EXPECT_EQ(rows[0].similarity, 91.0);
    EXPECT_EQ(rows[0].idNumber, "610104199001011234");

    EXPECT_EQ(rows[1].id, second);
    EXPECT_EQ(rows[1].photo, 0);
    EXPECT_EQ(rows[1].verdict, "");
    EXPECT_EQ(rows[1].centerId, 0);

    EXPECT_EQ(rows[2].id, third);
    EXPECT_EQ(rows[2].photo, v2);
    EXPECT_EQ(rows[2].version, 2);
    EXPECT_EQ(rows[2].retakeRound(), 1);
    EXPECT_EQ(rows[2].verdict, "pass");
    EXPECT_EQ(rows[2].reasonCodes, "");
    EXPECT_EQ(rows[2].faceOutcome, "") << "compared with an enrollment photo no longer the latest";
    EXPECT_FALSE(rows[2].similarity);

    // The one-student read and the read through a connection of its own say the same.
    const auto fromFile = loadReviewRows(w.ws->layout().database(), "chsi-2017");
    ASSERT_EQ(fromFile.size(), rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto one = loadReviewRow(w.store(), "chsi-2017", rows[i].id);
        ASSERT_TRUE(one);
        expectSame(rows[i], *one);
        expectSame(rows[i], fromFile[i]);
    }
    // Another profile's runs are not this profile's verdicts.
    const auto other = loadReviewRows(w.store(), "id-card-358x441");
    EXPECT_EQ(other[0].verdict, "");
    EXPECT_EQ(other[2].verdict, "");
}

} // namespace
} // namespace gp::review
