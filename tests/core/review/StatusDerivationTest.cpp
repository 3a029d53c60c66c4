#include "core/review/StatusDerivation.h"

#include "ReviewFixture.h"

#include <gtest/gtest.h>

namespace gp::review {
namespace {

using domain::Decision;
using domain::DecisionKind;
using domain::StudentStatus;

Decision decision(domain::DecisionId id, DecisionKind kind, domain::SubmissionId photo,
                  domain::DecisionId reverses = 0) {
    Decision d;
    d.id = id;
    d.kind = kind;
    d.submissionId = photo;
    d.reverses = reverses;
    return d;
}

TEST(DeriveStatus, FollowsPhotosChecksAndDecisions) {
    StatusFacts f;
    EXPECT_EQ(deriveStatus(f), StudentStatus::NotSubmitted);
    f.latestPhoto = 7;
    EXPECT_EQ(deriveStatus(f), StudentStatus::AwaitingCheck);
    f.latestChecked = true;
    EXPECT_EQ(deriveStatus(f), StudentStatus::AwaitingReview);
    f.decisions.push_back(decision(1, DecisionKind::Approve, 7));
    EXPECT_EQ(deriveStatus(f), StudentStatus::Approved);
    f.decisions.push_back(decision(2, DecisionKind::Reject, 7));
    EXPECT_EQ(deriveStatus(f), StudentStatus::Retake);
}

TEST(DeriveStatus, AReversalUndoesTheDecisionItNames) {
    StatusFacts f;
    f.latestPhoto = 7;
    f.latestChecked = true;
    f.decisions = {decision(1, DecisionKind::Reject, 7), decision(2, DecisionKind::Approve, 7),
                   decision(3, DecisionKind::Reversal, 7, 2)};
    EXPECT_EQ(deriveStatus(f), StudentStatus::Retake);
    f.decisions.push_back(decision(4, DecisionKind::Reversal, 7, 1));
    EXPECT_EQ(deriveStatus(f), StudentStatus::AwaitingReview);
    EXPECT_TRUE(effectiveDecisions(f.decisions).empty());
}

TEST(DeriveStatus, ARetakeAfterARejectionWaitsForChecksAndReview) {
    StatusFacts f;
    f.latestPhoto = 8; // version 2 arrived after version 1 (id 7) was rejected
    f.decisions = {decision(1, DecisionKind::Reject, 7)};
    EXPECT_EQ(deriveStatus(f), StudentStatus::AwaitingCheck);
    f.latestChecked = true;
    EXPECT_EQ(deriveStatus(f), StudentStatus::AwaitingReview);
}

TEST(DeriveStatus, BatchesOfTheApprovedPhoto) {
    StatusFacts f;
    f.latestPhoto = 7;
    f.latestChecked = true;
    f.decisions = {decision(1, DecisionKind::Approve, 7)};
    f.approvedPhotoUploaded = true;
    EXPECT_EQ(deriveStatus(f), StudentStatus::Packed);
    f.approvedPhotoMailed = true;
    EXPECT_EQ(deriveStatus(f), StudentStatus::Mailed);
}

TEST(RefreshStatus, ReadsTheRecordAndWritesTheCachedColumn) {
    test::ReviewWorkspace w;
    auto& store = w.store();
    store::Transaction tx(store);
    const auto id = w.addStudent("2021001", "张三");
    EXPECT_EQ(refreshStatus(store, id, "chsi-2017"), StudentStatus::NotSubmitted);
    const auto v1 = w.addPhoto(id);
    EXPECT_EQ(refreshStatus(store, id, "chsi-2017"), StudentStatus::AwaitingCheck);
    w.addRun(v1.id, "pass");
    EXPECT_EQ(refreshStatus(store, id, "chsi-2017"), StudentStatus::AwaitingReview);
    // A run against another profile does not count.
    EXPECT_EQ(store.students().byId(id)->status, StudentStatus::AwaitingReview);

    Decision approve;
    approve.studentId = id;
    approve.submissionId = v1.id;
    approve.photoSha256 = v1.sha256;
    approve.reviewer = "李老师";
    approve.decidedAt = w.clock.nowIso();
    approve.kind = DecisionKind::Approve;
    store.decisions().append(approve);
    EXPECT_EQ(refreshStatus(store, id, "chsi-2017"), StudentStatus::Approved);

    domain::Batch upload;
    upload.kind = domain::BatchKind::Upload;
    upload.number = "UP-20261121-01";
    upload.createdAt = w.clock.nowIso();
    upload.members.push_back({id, v1.id});
    store.batches().create(upload);
    EXPECT_EQ(refreshStatus(store, id, "chsi-2017"), StudentStatus::Packed);

    domain::Batch mailing = upload;
    mailing.kind = domain::BatchKind::Mailing;
    mailing.number = "MAIL-20261121-01";
    store.batches().create(mailing);
    EXPECT_EQ(refreshStatus(store, id, "chsi-2017"), StudentStatus::Mailed);
    EXPECT_EQ(store.students().byId(id)->status, StudentStatus::Mailed);

    // A retake after that is a new photo: back to the queue, however far the old one went.
    w.addPhoto(id);
    EXPECT_EQ(refreshStatus(store, id, "chsi-2017"), StudentStatus::AwaitingCheck);
    EXPECT_EQ(store.students().byId(id)->status, StudentStatus::AwaitingCheck);
    tx.commit();
}

TEST(RefreshStatus, OnlyTheWorkspaceProfilesRunsCount) {
    test::ReviewWorkspace w;
    auto& store = w.store();
    store::Transaction tx(store);
    const auto id = w.addStudent("2021001", "张三");
    const auto v1 = w.addPhoto(id);
    w.addRun(v1.id, "pass");
    EXPECT_EQ(refreshStatus(store, id, "id-card-358x441"), StudentStatus::AwaitingCheck);
    tx.commit();
}

} // namespace
} // namespace gp::review
